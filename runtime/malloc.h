// malloc.h — the allocator's entry points for the rest of the runtime.
//
// mallocgc(size, typ, needzero) is Go's: it returns size bytes of Go heap for an object
// of type typ (null typ, or typ->ptrdata == 0, means the object holds no pointers and
// needs no scanning). The memory is zeroed when needzero is true.
#pragma once

#include "type.h"

#include <cstdint>

namespace runtime {

void* mallocgc(uintptr_t size, const _type* typ, bool needzero);

}  // namespace runtime
