// stack.cpp — stack segments, morestack and the stack overflow report (see stack.h).
#include "stack.h"

#include "lock.h"
#include "mstats.h"
#include "panic.h"
#include "print.h"

#include <sys/mman.h>
#include <unistd.h>

#include <new>

namespace runtime {

std::atomic<uint64_t> stackInuseBytes{0};

namespace {

constexpr int nclasses = 8;               // 8 KB .. 1 MB
constexpr uintptr_t chunkSize = 4 << 20;  // pools carve from 4 MB maps
// The frame __morestack keeps on the old segment below its saved rbx (asm_amd64.S).
constexpr uintptr_t morestackFrame = 216;

mutex stackpoolLock;
stkseg* stackpool[nclasses];  // free segments by class (guarded by stackpoolLock)
uintptr_t chunkNext, chunkEnd;

int classOf(uintptr_t size) {
  int c = 0;
  for (uintptr_t s = firstStackSize; s < size; s <<= 1) c++;
  return c;
}

uintptr_t segSize(const stkseg* s) {
  return s->hi + segHeader - s->lo;
}

void* sysMapStack(uintptr_t size) {
  void* v = mmap(nullptr, size, PROT_READ | PROT_WRITE,
                 MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (v == MAP_FAILED) fatal("runtime: cannot allocate stack memory (out of memory)");
  memstats.stacks_sys.add(int64_t(size));
  return v;
}

stkseg* segInit(uintptr_t lo, uintptr_t size) {
  auto* s = new (reinterpret_cast<void*>(lo + size - segHeader)) stkseg{};
  s->lo = lo;
  s->hi = lo + size - segHeader;
  return s;
}

// A segment of at least size bytes.
stkseg* segAlloc(uintptr_t size) {
  stkseg* s;
  if (size > maxPooledStack) {
    size = (size + 0xffff) & ~uintptr_t(0xffff);
    s = segInit(uintptr_t(sysMapStack(size)), size);
  } else {
    int c = classOf(size);
    size = firstStackSize << c;
    lockGuard guard(&stackpoolLock);
    s = stackpool[c];
    if (s != nullptr) {
      stackpool[c] = s->prev;
      s->prev = nullptr;
      s->savedsp = 0;
    } else {
      if (chunkEnd - chunkNext < size) {
        chunkNext = uintptr_t(sysMapStack(chunkSize));
        chunkEnd = chunkNext + chunkSize;
      }
      s = segInit(chunkNext, size);
      chunkNext += size;
    }
  }
  stackInuseBytes.fetch_add(segSize(s), std::memory_order_relaxed);
  return s;
}

void segFree(stkseg* s) {
  uintptr_t size = segSize(s);
  stackInuseBytes.fetch_sub(size, std::memory_order_relaxed);
  if (size > maxPooledStack) {
    munmap(reinterpret_cast<void*>(s->lo), size);
    memstats.stacks_sys.add(-int64_t(size));
    return;
  }
  lockGuard guard(&stackpoolLock);
  int c = classOf(size);
  s->prev = stackpool[c];
  stackpool[c] = s;
}

void checkCanary(const stkseg* s) {
  if (*reinterpret_cast<const uint64_t*>(s->lo) != 0) {
    throw_("runtime: stack segment overrun by runtime code");
  }
}

// Makes s (a segment of gp's chain) the current one.
void setCurrent(g* gp, stkseg* s) {
  gp->seg = s;
  gp->stacklo = s->lo;
  gp->stackhi = s->hi;
  setstackguard(stackguardOf(gp));
}

// Leaves gp's current segment for the one below it; keeps the one left for the next
// split (freeing the one kept before).
void popSegment(g* gp) {
  stkseg* s = gp->seg;
  checkCanary(s);
  gp->stacktotal -= segSize(s);
  stkseg* prev = s->prev;
  s->prev = nullptr;
  if (gp->cachedseg != nullptr) segFree(gp->cachedseg);
  gp->cachedseg = nullptr;
  if (segSize(s) <= 64 << 10) {
    gp->cachedseg = s;
  } else {
    segFree(s);
  }
  setCurrent(gp, prev);
}

[[noreturn]] void stackOverflow(g* gp, uintptr_t sp) {
  printlock();
  printcstr("runtime: goroutine stack exceeds ");
  printint(int64_t(maxstacksize));
  printcstr("-byte limit\nruntime: sp=");
  printhex(sp);
  printcstr(" stack=[");
  printhex(gp->stacklo);
  printcstr(", ");
  printhex(gp->stackhi);
  printcstr("]\nfatal error: stack overflow\n\n");
  printunlock();
  // No traceback (it would need more stack).
  exit2();
}

}  // namespace

uintptr_t stackguardOf(const g* gp) {
  return gp->seg == nullptr ? 0 : gp->seg->lo + 64 + stackReserve;
}

void stackalloc(g* gp) {
  stkseg* s = segAlloc(firstStackSize);
  gp->stacktotal = segSize(s);
  gp->seg = s;
  gp->stacklo = s->lo;
  gp->stackhi = s->hi;
}

void stackfree(g* gp) {
  for (stkseg* s = gp->seg; s != nullptr;) {
    stkseg* prev = s->prev;
    segFree(s);
    s = prev;
  }
  if (gp->cachedseg != nullptr) segFree(gp->cachedseg);
  gp->seg = gp->cachedseg = nullptr;
  gp->stacklo = gp->stackhi = gp->stacktotal = 0;
}

void stackResync(uintptr_t sp) {
  g* gp = getg();
  if (gp == nullptr || gp->seg == nullptr) return;
  while (!(sp >= gp->seg->lo && sp < gp->seg->hi)) {
    if (gp->seg->prev == nullptr) throw_("stackResync: sp is on no segment of the goroutine");
    popSegment(gp);
  }
}

}  // namespace runtime

// --- __morestack's halves (asm_amd64.S) -----------------------------------------------

extern "C" {
uintptr_t rt_morestack_new(uintptr_t framesize, uintptr_t argsize,
                           uintptr_t rbx) __asm__("runtime.morestack_new");
void rt_morestack_done() __asm__("runtime.morestack_done");
}

// A function's frame (framesize bytes, with argsize bytes of stack arguments) does not
// fit on the current segment: switch to a new one. rbx is __morestack's frame (its
// saved rbx; the function's return address is at rbx+16, its stack arguments from
// rbx+24). Returns where the arguments go on the new segment: the stack pointer for
// the call of the rest of the function.
uintptr_t rt_morestack_new(uintptr_t framesize, uintptr_t argsize, uintptr_t rbx) {
  using namespace runtime;
  g* gp = getg();
  stkseg* cur = gp->seg;
  if (cur == nullptr) throw_("morestack on g0");
  cur->savedsp = rbx - morestackFrame;
  uintptr_t args = (argsize + 15) & ~uintptr_t(15);
  uintptr_t need = sizeof(stkseg) + stackReserve + framesize + args + 1024;
  uintptr_t size = segSize(cur) * 2;
  if (size > maxPooledStack) size = maxPooledStack;
  if (size < need) size = need;
  stkseg* s = gp->cachedseg;
  if (s != nullptr && segSize(s) >= size) {
    gp->cachedseg = nullptr;
    checkCanary(s);
  } else {
    if (gp->stacktotal + size > maxstacksize) stackOverflow(gp, rbx);
    s = segAlloc(size);
  }
  if (gp->stacktotal + segSize(s) > maxstacksize) stackOverflow(gp, rbx);
  gp->stacktotal += segSize(s);
  s->prev = cur;
  setCurrent(gp, s);
  uintptr_t newsp = (s->hi & ~uintptr_t(15)) - args;
  // A deferred call a panic runs that moves to a new segment: recover compares the
  // address of its return address with the one recorded when the call was made.
  for (_panic* p = gp->_panic; p != nullptr; p = p->link) {
    if (p->argp == reinterpret_cast<void*>(rbx + 16)) p->argp = reinterpret_cast<void*>(newsp - 8);
  }
  return newsp;
}

// The function that needed a new segment returned: back to the previous one.
void rt_morestack_done() {
  using namespace runtime;
  popSegment(getg());
}
