// time.cpp — the clocks under the stdlib's time package: the wall clock
// (CLOCK_REALTIME) and the monotonic clock (CLOCK_MONOTONIC, the same clock as
// runtime::nanotime). Sleeping is timer.cpp's (a parked goroutine and a timer).
#include <time.h>

#include <cstddef>
#include <cstdint>

#include "nanotime.h"

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
