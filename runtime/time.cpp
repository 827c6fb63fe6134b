// time.cpp — the clock and sleep primitives under the stdlib's time package: the wall
// clock (CLOCK_REALTIME) and the monotonic clock (CLOCK_MONOTONIC, the same clock as
// runtime::nanotime), and a plain nanosleep of the calling thread (until goroutines are
// scheduled, Sleep blocks its thread).
#include <time.h>

#include <cerrno>
#include <cstddef>
#include <cstdint>

#include "nanotime.h"
#include "stw.h"

namespace {

// The result tuple (sec int64, nsec int32, mono int64) of time.now as Go lays it out:
// offsets 0, 8 and 16, 24 bytes, returned through a hidden pointer as this C struct is.
struct NowResult {
  int64_t sec;
  int32_t nsec;
  int64_t mono;
};
static_assert(sizeof(NowResult) == 24 && offsetof(NowResult, mono) == 16);

}  // namespace

// time.now() (sec int64, nsec int32, mono int64): the wall clock as seconds and
// nanoseconds since the Unix epoch, and the monotonic clock in nanoseconds.
extern "C" NowResult time_now() __asm__("time.now");
extern "C" NowResult time_now() {
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  return NowResult{int64_t(ts.tv_sec), int32_t(ts.tv_nsec), runtime::nanotime()};
}

// time.runtimeNano() int64: the monotonic clock in nanoseconds (Go's runtime.nanotime).
extern "C" int64_t time_runtimeNano() __asm__("time.runtimeNano");
extern "C" int64_t time_runtimeNano() {
  return runtime::nanotime();
}

// time.sleep(ns int64): sleeps at least ns > 0 nanoseconds, resuming after signals
// with the time that was left.
extern "C" void time_sleep(int64_t ns) __asm__("time.sleep");
extern "C" void time_sleep(int64_t ns) {
  if (ns <= 0) return;
  timespec req{time_t(ns / 1000000000), long(ns % 1000000000)};
  timespec rem;
  runtime::entersyscall();  // the collector may stop the world meanwhile
  while (nanosleep(&req, &rem) != 0 && errno == EINTR) req = rem;
  runtime::exitsyscall();
}
