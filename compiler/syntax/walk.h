// walk.h — generic traversal of the syntax tree: visit calls f on a node and, when f
// returns true, on each of its children in source order. Function literals are
// entered like any other expression; callers that must not look inside them return
// false for them.
#pragma once

#include "syntax/ast.h"

#include <functional>

namespace minigo::syntax {

void walk(Node* n, const std::function<bool(Node*)>& f);

}  // namespace minigo::syntax
