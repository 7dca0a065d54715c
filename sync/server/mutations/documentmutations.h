// Documents (DESIGN.md section 5): document.share, by which the cell secretary gives the cell
// a document (only the secretary of her own cell; committees and admins are not secretaries),
// and document.read, the member's read receipt.
#pragma once

#include "mutations/mutationhandler.h"

class DocumentMutations
{
public:
    // Adds document.share and document.read to the table.
    static void addTo(MutationTable &table);
};
