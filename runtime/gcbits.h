// gcbits.h — storage for spans' allocBits and gcmarkBits (Go's gcBitsArenas in
// mheap.go).
//
// Bits are carved from 64 KB arenas with an atomic bump pointer: newMarkBits(nelems)
// returns ceil(nelems/64)*8 zeroed bytes. The arenas come in generations so that a
// span's old allocBits can be dropped without tracking each one: bits handed out since
// the last epoch live in `next`; nextMarkBitArenaEpoch (called once per GC cycle, when
// every span is swept — finishsweep_m) retires `previous` to the free list, and moves
// `current` to `previous` and `next` to `current`. A span's bits are at most two epochs
// old (each sweep gives it fresh mark bits), so retired arenas hold no live bits.
#pragma once

#include <cstdint>

namespace runtime {

uint8_t* newMarkBits(uintptr_t nelems);
uint8_t* newAllocBits(uintptr_t nelems);
// newSpanBits allocates both bitmaps of a new span at once.
void newSpanBits(uintptr_t nelems, uint8_t** markBits, uint8_t** allocBits);
void nextMarkBitArenaEpoch();

}  // namespace runtime
