// park.cpp — wait reasons and the sudog cache (see park.h). gopark and goready are
// the scheduler's (proc.cpp).
#include "park.h"

#include "mstats.h"
#include "panic.h"
#include "persistentalloc.h"

#include <cstring>

namespace runtime {

const char* waitReasonString(waitReason r) {
  switch (r) {
    case waitReason::zero: return "";
    case waitReason::chanReceiveNilChan: return "chan receive (nil chan)";
    case waitReason::chanSendNilChan: return "chan send (nil chan)";
    case waitReason::selectNoCases: return "select (no cases)";
    case waitReason::select: return "select";
    case waitReason::chanReceive: return "chan receive";
    case waitReason::chanSend: return "chan send";
    case waitReason::sleep: return "sleep";
    case waitReason::syncCondWait: return "sync.Cond.Wait";
    case waitReason::semacquire: return "semacquire";
    case waitReason::syncMutexLock: return "sync.Mutex.Lock";
    case waitReason::syncRWMutexRLock: return "sync.RWMutex.RLock";
    case waitReason::syncRWMutexLock: return "sync.RWMutex.Lock";
    case waitReason::gcWorkerIdle: return "GC worker (idle)";
    case waitReason::forceGCIdle: return "force gc (idle)";
    case waitReason::preempted: return "preempted";
    case waitReason::gcAssistWait: return "GC assist wait";
    case waitReason::waitForGCCycle: return "wait for GC cycle";
  }
  return "";
}

namespace {
mutex sudogLock;
sudog* sudogFree;
}  // namespace

sudog* acquireSudog() {
  sudog* s;
  {
    lockGuard guard(&sudogLock);
    s = sudogFree;
    if (s != nullptr) sudogFree = s->next;
  }
  if (s == nullptr)
    s = static_cast<sudog*>(persistentalloc(sizeof(sudog), alignof(sudog), &memstats.other_sys));
  std::memset(static_cast<void*>(s), 0, sizeof *s);
  s->gp = getg();
  return s;
}

void releaseSudog(sudog* s) {
  if (s->elem != nullptr || s->c != nullptr || s->next != nullptr || s->prev != nullptr ||
      s->waitlink != nullptr) {
    throw_("runtime: sudog with non-nil fields");
  }
  lockGuard guard(&sudogLock);
  s->next = sudogFree;
  sudogFree = s;
}

}  // namespace runtime
