#!/bin/sh
# Makes the signed-publication test vectors (DESIGN.md 8.1) with Python and OpenSSL alone, so
# that tst_publicationsignature checks the app's canonical bytes and Ed25519 signatures against
# an independent implementation. Run from this directory; the outputs are committed.
set -eu
ROOT_SEED=000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f
SIGNER_SEED=a0a1a2a3a4a5a6a7a8a9aaabacadaeafb0b1b2b3b4b5b6b7b8b9babbbcbdbebf
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# An Ed25519 private key in DER is a fixed 16-byte prefix followed by the 32-byte seed.
key() { printf '302e020100300506032b657004220420%s' "$1" | xxd -r -p >"$tmp/$2.der"; }
pub() { openssl pkey -inform DER -in "$tmp/$1.der" -pubout -outform DER | tail -c 32 | base64 -w0; }
sig() { openssl pkeyutl -sign -rawin -inkey "$tmp/$1.der" -keyform DER -in "$2" | base64 -w0; }

key "$ROOT_SEED" root
key "$SIGNER_SEED" signer
echo "$ROOT_SEED" >root.seed.hex
echo "$SIGNER_SEED" >signer.seed.hex
pub root >root.pub.b64
pub signer >signer.pub.b64

python3 - "$(cat signer.pub.b64)" <<'PY'
import hashlib, json, sys
signer_key = sys.argv[1]
def canonical(obj):
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
signer = {"id": "signer-0001", "org_id": "org-tinh", "user_id": "user-0001",
          "name": "Nguyễn Văn Ký", "public_key": signer_key,
          "valid_from": "2026-01-01", "valid_until": "2027-12-31"}
open("signer.canonical", "wb").write(canonical({"v": "1", "type": "signer", **{k: signer[k] for k in
    ("id", "org_id", "name", "public_key", "valid_from", "valid_until")}}))
body = "Nghị quyết về công tác xây dựng Đảng năm 2027.\nĐiều 1. Các đồng chí đảng viên…"
document = {"id": "doc-0001", "org_id": "org-tinh", "audience_org_id": "org-huyen",
            "kind": "resolution", "number": "12-NQ/TU", "title": "Nghị quyết về công tác xây dựng Đảng",
            "issued_date": "2026-12-01", "issuer": "Tỉnh ủy", "summary": "Tóm tắt \"có ngoặc\" và \\ gạch",
            "classification": "internal", "body": body, "published_at": "2026-12-01T08:00:00Z",
            "meeting_id": None,
            "attachments": [
                {"name": "phu-luc-2.pdf", "sha256": "ff" * 32, "size": 2048, "mime": "application/pdf"},
                {"name": "Phụ lục 1.pdf", "sha256": "0a" * 32, "size": 10, "mime": "application/pdf"}]}
signed = {"v": "1", "type": "document", "body_sha256": hashlib.sha256(body.encode()).hexdigest(),
          "attachments": sorted(({"name": a["name"], "sha256": a["sha256"], "size": str(a["size"])}
                                 for a in document["attachments"]), key=lambda a: a["sha256"].encode())}
for k in ("id", "org_id", "audience_org_id", "kind", "number", "title", "issued_date", "issuer",
          "summary", "classification"):
    signed[k] = document.get(k) or ""
open("document.canonical", "wb").write(canonical(signed))
json.dump(signer, open("signer.unsigned.json", "w"), ensure_ascii=False)
json.dump(document, open("document.unsigned.json", "w"), ensure_ascii=False)
PY
sig root signer.canonical >signer.certificate.b64
sig signer document.canonical >document.signature.b64
python3 - <<'PY'
import json
signer = json.load(open("signer.unsigned.json"))
signer["certificate"] = open("signer.certificate.b64").read().strip()
signer["revoked_at"] = None
json.dump(signer, open("signer.json", "w"), ensure_ascii=False, indent=1)
document = json.load(open("document.unsigned.json"))
document["signature"] = {"signer_id": signer["id"], "value": open("document.signature.b64").read().strip()}
json.dump(document, open("document.json", "w"), ensure_ascii=False, indent=1)
PY
rm signer.unsigned.json document.unsigned.json
