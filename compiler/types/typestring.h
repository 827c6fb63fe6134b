// typestring.h — Go's spellings of types: in diagnostics (types2's TypeString, with
// the current package's names unqualified) and at run time (reflect's String, used
// by %T and panic messages: always qualified, "struct { a int }", "interface {}").
#pragma once

#include "types/type.h"

#include <functional>
#include <string>

namespace minigo::types {

class Package;

// Returns how a package is named in front of its types; "" leaves the name bare.
using Qualifier = std::function<std::string(const Package*)>;

std::string typeString(Type* t, const Qualifier& q);
// Qualifies every package by its name ("fmt.Stringer", "main.T").
std::string typeString(Type* t);
// reflect.Type.String().
std::string runtimeTypeString(Type* t);

}  // namespace minigo::types
