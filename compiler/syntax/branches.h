// branches.h — labels and branch statements of one function body (Go's
// syntax/branches.go): every break/continue/goto/fallthrough is checked for a valid
// target and its BranchStmt::target is set; labels defined twice, undefined or unused
// are reported with Go's messages. Function literals are checked on their own.
#pragma once

#include "syntax/ast.h"
#include "syntax/diagnostics.h"

namespace minigo::syntax {

void checkBranches(BlockStmt* body, Diagnostics& diag);

}  // namespace minigo::syntax
