// Checks the collector's API: runtime.GC, ReadMemStats (NumGC, NumForcedGC, PauseNs, LastGC, NextGC, HeapAlloc after freeing), KeepAlive, and runtime/debug's SetGCPercent, SetMemoryLimit and FreeOSMemory return values.
package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

// Held by a global (a precise root), so that dropping it frees it whatever the stack
// holds: minigo scans stacks conservatively.
var keep *blob

type blob struct {
	next *blob
	data [1024]byte
}

func churn(n int) *blob {
	var head *blob
	for i := 0; i < n; i++ {
		head = &blob{next: head}
		head.data[i%1024] = byte(i)
	}
	return head
}

func main() {
	fmt.Println(debug.SetGCPercent(50))
	fmt.Println(debug.SetGCPercent(100))
	fmt.Println(debug.SetMemoryLimit(-1) == 1<<63-1)
	fmt.Println(debug.SetMemoryLimit(1 << 40))
	fmt.Println(debug.SetMemoryLimit(-1))

	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	keep = churn(20000) // about 20 MB
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("collected:", after.NumGC > before.NumGC, after.NumForcedGC >= 1)
	fmt.Println("pause recorded:", after.PauseNs[(after.NumGC+255)%256] > 0, after.PauseTotalNs > 0)
	fmt.Println("last GC set:", after.LastGC > 0, after.NextGC > 0)
	fmt.Println("live kept:", after.HeapAlloc >= 20000*1024)
	runtime.KeepAlive(keep)
	keep = nil
	runtime.GC()
	var freed runtime.MemStats
	runtime.ReadMemStats(&freed)
	fmt.Println("freed:", freed.HeapAlloc < after.HeapAlloc/2, freed.Frees > after.Frees)
	debug.FreeOSMemory()
	var released runtime.MemStats
	runtime.ReadMemStats(&released)
	fmt.Println("released:", released.HeapReleased > 0, released.NumGC > freed.NumGC)
	fmt.Println("enabled:", released.EnableGC, released.GCCPUFraction >= 0 && released.GCCPUFraction <= 1)
}
