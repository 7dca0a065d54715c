// Studying a resolution (DESIGN.md 8.3; the contract in docs/protocol-extensions.md,
// "Studying"): a committee user asks its subtree, or a secretary their cell, to study published
// documents by a date (study.assign, with an optional quiz whose answers stay on the server);
// each member of the audience hands in a reflection and the quiz's answers (study.submit,
// scored by the server, late after the due date's end in Vietnam); the secretary of the
// member's cell accepts or returns it with a comment (study.review); the assigner's
// organisation closes the study, which stops submissions but not reviews (study.close).
// Every write recounts the study_progress rows it touches in the same transaction
// (records/studies).
//
// Anyone who may not see or act on the study or submission named is answered like a missing
// object (not_found, audited as denied when it exists); a wrong state is a conflict; a
// submission to a closed study is study_closed.
#pragma once

#include "mutations/mutationhandler.h"

class StudyMutations
{
public:
    // Adds study.assign, study.submit, study.review and study.close to the table.
    static void addTo(MutationTable &table);
};
