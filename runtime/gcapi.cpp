// gcapi.cpp — the collector's Go API (stdlib/runtime/extern.go, stdlib/runtime/debug):
// runtime.GC, KeepAlive, ReadMemStats, debug.SetGCPercent, SetMemoryLimit and
// FreeOSMemory, over mgc.h, mgcpacer.h, mstats.h and the scavenger.
#include "mgc.h"
#include "mgcpacer.h"
#include "mgcscavenge.h"
#include "mstats.h"

extern "C" {
void rt_GC() __asm__("runtime.GC");
void rt_KeepAlive(const void* type, const void* data) __asm__("runtime.KeepAlive");
void rt_readMemStats(runtime::MemStats* m) __asm__("runtime.readMemStats");
int32_t rt_setGCPercent(int32_t in) __asm__("\"runtime/debug.setGCPercent\"");
int64_t rt_SetMemoryLimit(int64_t in) __asm__("\"runtime/debug.SetMemoryLimit\"");
void rt_freeOSMemory() __asm__("\"runtime/debug.freeOSMemory\"");
}

void rt_GC() {
  runtime::GC();
}

// The call itself is what keeps x alive: the compiler cannot see through it, so x is
// in a register or the frame until here.
__attribute__((noinline)) void rt_KeepAlive(const void* type, const void* data) {
  __asm__ volatile("" : : "r"(type), "r"(data) : "memory");
}

void rt_readMemStats(runtime::MemStats* m) {
  runtime::readmemstats(m);
}

int32_t rt_setGCPercent(int32_t in) {
  return runtime::setGCPercent(in);
}

int64_t rt_SetMemoryLimit(int64_t in) {
  return runtime::setMemoryLimit(in);
}

void rt_freeOSMemory() {
  runtime::scavengeAll();
}
