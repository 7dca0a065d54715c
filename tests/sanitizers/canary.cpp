// sanitizer_canary <use-after-free|leak|overflow>: does one thing the sanitized build must
// report, so that the sanitizer job is known to be able to fail (tests/sanitizers/CMakeLists:
// each case passes only when the report appears). Not built without sanitizers.
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

// Opaque to the optimiser, so that the faults below are not folded away.
volatile int g_sink = 0;

int useAfterFree()
{
    int *volatile values = new int[4] { 1, 2, 3, 4 };
    delete[] values;
    g_sink = values[2];
    return 0;
}

int leak()
{
    // Allocated from our own code, as the objects the suppressions must not hide.
    char *volatile buffer = static_cast<char *>(std::malloc(4096));
    std::memset(buffer, 1, 4096);
    g_sink = buffer[100];
    buffer = nullptr;
    return 0;
}

int overflow()
{
    volatile int big = INT_MAX;
    g_sink = big + 1;
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const char *what = argc > 1 ? argv[1] : "";
    if (!std::strcmp(what, "use-after-free"))
        return useAfterFree();
    if (!std::strcmp(what, "leak"))
        return leak();
    if (!std::strcmp(what, "overflow"))
        return overflow();
    std::fprintf(stderr, "usage: sanitizer_canary use-after-free|leak|overflow\n");
    return 2;
}
