// nbody: simulates the orbits of the Jovian planets (Jupiter, Saturn, Uranus,
// Neptune) around the Sun with a simple symplectic-Euler integrator, and prints
// the total energy of the system before and after N steps of 0.01 days.
//
// Usage: nbody [N]   (default 1000)
package main

import (
	"fmt"
	"math"
	"os"
	"strconv"
)

const (
	pi          = 3.141592653589793
	solarMass   = 4 * pi * pi
	daysPerYear = 365.24
	numBodies   = 5
)

type body struct {
	x, y, z    float64
	vx, vy, vz float64
	mass       float64
}

// newSystem returns the Sun followed by the four giant planets, with velocities
// in AU per year and masses in solar masses (times 4*pi^2).
func newSystem() []body {
	bodies := make([]body, numBodies)
	// Sun, at rest at the origin (its momentum is fixed by offsetMomentum).
	bodies[0] = body{mass: solarMass}
	// Jupiter
	bodies[1] = body{
		x:    4.84143144246472090e+00,
		y:    -1.16032004402742839e+00,
		z:    -1.03622044471123109e-01,
		vx:   1.66007664274403694e-03 * daysPerYear,
		vy:   7.69901118419740425e-03 * daysPerYear,
		vz:   -6.90460016972063023e-05 * daysPerYear,
		mass: 9.54791938424326609e-04 * solarMass,
	}
	// Saturn
	bodies[2] = body{
		x:    8.34336671824457987e+00,
		y:    4.12479856412430479e+00,
		z:    -4.03523417114321381e-01,
		vx:   -2.76742510726862411e-03 * daysPerYear,
		vy:   4.99852801234917238e-03 * daysPerYear,
		vz:   2.30417297573763929e-05 * daysPerYear,
		mass: 2.85885980666130812e-04 * solarMass,
	}
	// Uranus
	bodies[3] = body{
		x:    1.28943695621391310e+01,
		y:    -1.51111514016986312e+01,
		z:    -2.23307578892655734e-01,
		vx:   2.96460137564761618e-03 * daysPerYear,
		vy:   2.37847173959480950e-03 * daysPerYear,
		vz:   -2.96589568540237556e-05 * daysPerYear,
		mass: 4.36624404335156298e-05 * solarMass,
	}
	// Neptune
	bodies[4] = body{
		x:    1.53796971148509165e+01,
		y:    -2.59193146099879641e+01,
		z:    1.79258772950371181e-01,
		vx:   2.68067772490389322e-03 * daysPerYear,
		vy:   1.62824170038242295e-03 * daysPerYear,
		vz:   -9.51592254519715870e-05 * daysPerYear,
		mass: 5.15138902046611451e-05 * solarMass,
	}
	return bodies
}

// offsetMomentum gives the Sun the velocity that makes the total momentum zero.
func offsetMomentum(bodies []body) {
	px, py, pz := 0.0, 0.0, 0.0
	for i := 0; i < len(bodies); i++ {
		px += bodies[i].vx * bodies[i].mass
		py += bodies[i].vy * bodies[i].mass
		pz += bodies[i].vz * bodies[i].mass
	}
	bodies[0].vx = -px / solarMass
	bodies[0].vy = -py / solarMass
	bodies[0].vz = -pz / solarMass
}

// energy returns kinetic plus potential energy of the system.
func energy(bodies []body) float64 {
	e := 0.0
	for i := 0; i < len(bodies); i++ {
		b := bodies[i]
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(bodies); j++ {
			c := bodies[j]
			dx := b.x - c.x
			dy := b.y - c.y
			dz := b.z - c.z
			e -= b.mass * c.mass / math.Sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

// advance moves the system forward by one time step dt: first every pair's
// gravitational pull updates the velocities, then the velocities move the bodies.
func advance(bodies []body, dt float64) {
	n := len(bodies)
	for i := 0; i < n; i++ {
		for j := i + 1; j < n; j++ {
			dx := bodies[i].x - bodies[j].x
			dy := bodies[i].y - bodies[j].y
			dz := bodies[i].z - bodies[j].z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * math.Sqrt(d2))
			mi := bodies[i].mass * mag
			mj := bodies[j].mass * mag
			bodies[i].vx -= dx * mj
			bodies[i].vy -= dy * mj
			bodies[i].vz -= dz * mj
			bodies[j].vx += dx * mi
			bodies[j].vy += dy * mi
			bodies[j].vz += dz * mi
		}
	}
	for i := 0; i < n; i++ {
		bodies[i].x += dt * bodies[i].vx
		bodies[i].y += dt * bodies[i].vy
		bodies[i].z += dt * bodies[i].vz
	}
}

func main() {
	n := 1000
	if len(os.Args) > 1 {
		v, err := strconv.Atoi(os.Args[1])
		if err != nil || v < 0 {
			panic("usage: nbody [N], N a non-negative integer")
		}
		n = v
	}
	bodies := newSystem()
	offsetMomentum(bodies)
	fmt.Printf("%.9f\n", energy(bodies))
	for step := 0; step < n; step++ {
		advance(bodies, 0.01)
	}
	fmt.Printf("%.9f\n", energy(bodies))
}
