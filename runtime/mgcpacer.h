// mgcpacer.h — the GC pacer (Go 1.19's mgcpacer.go): when to start a cycle and how
// much the allocating goroutine must help, so that marking finishes as the heap
// reaches its goal.
//
// Goal: with GOGC = g (percent; "off" = -1), the heap may grow to
//     goal = heapMarked + (heapMarked + stacks + globals) * g/100
// (the live heap of the last cycle plus g% of everything the collector scans), at
// least heapMinimum = 4 MB * g/100. GOMEMLIMIT (a soft limit on the memory the
// runtime maps, Go's unit syntax: 512MiB, 2GiB, 1000000, ...) lowers the goal so that
// the heap plus the runtime's other memory stay under the limit (3% headroom, never
// below the live heap); with GOGC=off it is the only goal.
//
// Trigger: a cycle starts when heapLive (bytes in spans handed to mcaches, plus large
// objects, since the last cycle ended) reaches the trigger, goal - runway, where the
// runway is the heap growth expected during a mark: consMark (the cons/mark ratio
// measured over the last four cycles: bytes allocated per byte scanned, scaled by the
// marking CPU share) × (1-u)/u × the scan work expected (u = 25%, the background
// utilization goal). The trigger stays between 70% and 95% of the way from
// heapMarked to the goal.
//
// Assists: during marking, each byte allocated costs assistWorkPerByte bytes of scan
// work (scan work left / heap left before the goal).
#pragma once

#include <atomic>
#include <cstdint>

namespace runtime {

inline constexpr uint64_t defaultHeapMinimum = 4 << 20;
inline constexpr double gcBackgroundUtilization = 0.25;
inline constexpr int64_t maxInt64 = 0x7fffffffffffffff;

struct gcControllerState {
  std::atomic<int32_t> gcPercent{100};
  std::atomic<int64_t> memoryLimit{maxInt64};

  std::atomic<uint64_t> heapLive{0};  // see the file comment
  uint64_t heapMarked = 0;            // marked by the last cycle
  uint64_t lastHeapScan = 0;          // heap bytes scanned by the last cycle
  uint64_t stackScan = 0;             // stack bytes scanned by the last cycle
  uint64_t globalsScan = 0;           // bytes of globals holding pointers

  std::atomic<uint64_t> trigger{defaultHeapMinimum * 7 / 10};
  std::atomic<uint64_t> heapGoal{defaultHeapMinimum};
  double consMark = 0;
  double consMarkHistory[4] = {};
  int consMarkCycles = 0;

  // The cycle in progress.
  uint64_t triggered = 0;  // heapLive when it started
  std::atomic<double> assistWorkPerByte{0};
  // Scan work the background workers did that no assist has claimed yet: an assist
  // takes it before scanning itself (Go's bgScanCredit).
  std::atomic<int64_t> bgScanCredit{0};
  std::atomic<int64_t> assistTime{0};      // ns of assists
  std::atomic<int64_t> backgroundTime{0};  // ns of workers within the utilization goal
  std::atomic<int64_t> idleTime{0};        // ns of workers beyond it (idle Ps' time)
  int64_t markStartTime = 0;

  // Totals since the program started, for GCCPUFraction.
  int64_t totalGCTime = 0;
};

extern gcControllerState gcController;

// gcinitPacer reads GOGC and GOMEMLIMIT (schedinit).
void gcinitPacer();
// pacerCommit recomputes goal and trigger from the current parameters.
void pacerCommit();
// pacerStartCycle is called when marking starts (world stopped); pacerEndCycle at
// mark termination with the bytes marked and scanned.
void pacerStartCycle(int gomaxprocs);
void pacerEndCycle(uint64_t bytesMarked, uint64_t heapScanWork, uint64_t stackScanWork,
                   int gomaxprocs);
// pacerReviseAssist recomputes assistWorkPerByte from the work left.
void pacerReviseAssist(uint64_t scanWorkDone);
// gcTriggerTest reports whether heapLive has reached the trigger (and GC is on).
bool gcTriggerTest();

// The memory-limit part of the goal (maxUint64 when there is no limit).
uint64_t memoryLimitHeapGoal();

// parseByteCount parses GOMEMLIMIT's syntax: a non-negative integer with an optional
// unit B, KiB, MiB, GiB, TiB (powers of 1024). Returns false when malformed.
bool parseByteCount(const char* s, int64_t* out);

// setGCPercent / setMemoryLimit implement runtime/debug's: they return the previous
// value; a negative limit leaves it unchanged.
int32_t setGCPercent(int32_t in);
int64_t setMemoryLimit(int64_t in);

}  // namespace runtime
