// nanotime.h — the runtime's monotonic clock (Go's nanotime): nanoseconds from an
// arbitrary origin, never going backwards. The scavenger stamps freed pages with it.
#pragma once

#include <cstdint>
#include <ctime>

namespace runtime {

inline int64_t nanotime() {
  timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return int64_t(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

}  // namespace runtime
