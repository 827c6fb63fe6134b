// solve.cpp — solving a batch's escape graph (Go's escape/solve.go and leaks.go):
// walks from every location, in Bellman-Ford fashion, to find the fewest
// dereferences with which each other location's value reaches it; a location whose
// address reaches one that outlives it escapes; a parameter's value reaching the heap
// or a result becomes its tag. Then the decisions are recorded and, for the main
// package, reported as -m prints them.
#include "escape/batch.h"

#include "types/predicates.h"
#include "types/sizes.h"

#include <llvm/Support/Casting.h>

#include <ostream>

namespace minigo::escape {

using namespace types;

void Batch::run() {
  // Go's batch: each function followed by its literals, depth first; every location
  // of every one of them is made before any body is walked.
  std::function<void(FuncInfo*)> init = [&](FuncInfo* f) {
    f->inBatch = true;
    initFunc(f);
    for (FuncInfo* l : f->literals) init(l);
  };
  for (FuncInfo* fn : fns_) init(fn);
  building_ = true;
  for (FuncInfo* fn : fns_) walkFunc(fn);
  building_ = false;
  // Every place a variable may be reassigned or have its address taken has been seen:
  // closures capture by value or by reference now.
  for (const Closure& c : closures_) flowClosure(c);
  heapAllocs();
  walkAll();
  finish();
}

// Locations Go allocates on the heap whatever flows to them (HeapAllocReason), in the
// order of the locations.
void Batch::heapAllocs() {
  for (size_t i = 0; i < allLocs_.size(); i++) {
    Location* l = allLocs_[i];
    if (!l->heapReason) continue;
    std::string where = l->var ? l->var->name : l->text;
    flow(noteText(heapHole(), where, l->pos, l->heapReason).addr(), l);
  }
}

void Batch::runPackageInit(FuncInfo* init, const std::vector<syntax::VarDecl*>& decls) {
  init->inBatch = true;
  building_ = true;
  curfn_ = init;
  loopDepth_ = 1;
  for (syntax::VarDecl* vd : decls) {
    if (!vd->values) continue;
    std::vector<syntax::Expr*> rhs;
    if (auto* l = llvm::dyn_cast<syntax::ListExpr>(vd->values))
      rhs = l->elems;
    else
      rhs.push_back(vd->values);
    if (rhs.size() == 1 && vd->names.size() > 1) {
      if (auto* c = llvm::dyn_cast<syntax::CallExpr>(syntax::unparen(rhs[0]))) {
        std::vector<Hole> ks(vd->names.size(), heapHole());
        call(&ks, c);
      } else {
        expr(heapHole(), rhs[0]);
      }
      continue;
    }
    for (size_t i = 0; i < rhs.size() && i < vd->names.size(); i++) {
      auto* v = llvm::dyn_cast_or_null<Var>(info_.defs.lookup(vd->names[i]));
      // A conversion to an interface (implicit or explicit) is static data: Go's
      // staticinit assigns the converted value to a static temporary.
      syntax::Expr* x = rhs[i];
      auto concrete = [&](syntax::Expr* e) {
        const TypeAndValue* tv = info_.lookup(e);
        Type* t = typeOf(e);
        return t && !isInterface(t) && !(tv && tv->mode == Mode::NilValue);
      };
      bool conv = v && isInterface(v->type) && concrete(x);
      for (;;) {
        auto* c = llvm::dyn_cast<syntax::CallExpr>(syntax::unparen(x));
        const TypeAndValue* ftv = c ? info_.lookup(c->fun) : nullptr;
        if (!(ftv && ftv->mode == Mode::TypeExpr && c->args.size() == 1 && isInterface(typeOf(c)) &&
              concrete(c->args[0])))
          break;
        x = c->args[0];
        conv = true;
      }
      if (isStaticInit(x)) continue;
      if (conv)
        expr(note(heapHole(), vd, "assign"), x);
      else
        exprAs(note(heapHole(), vd, "assign"), x, v ? v->type : nullptr, convPos(vd, x));
    }
  }
  building_ = false;
  for (const Closure& c : closures_) flowClosure(c);
  heapAllocs();
  curfn_ = nullptr;
  walkAll();
  finish();
}

void Batch::flowClosure(const Closure& c) {
  size_t n = c.fn ? c.fn->captures.size() : c.temps.size();
  for (size_t i = 0; i < n; i++) {
    Location* loc = c.fn ? varLoc(c.fn->captures[i]) : c.temps[i];
    Pos use = c.fn ? c.fn->capturePos[i] : c.uses[i];
    std::string name = locText(loc);
    int64_t width = c.fn ? sizeOf(c.fn->captures[i]->type) : loc->width;
    bool byval = !loc->addrtaken && !loc->reassigned && width <= 128;
    if (a_.m >= 2 && reporting(loc->curfn)) {
      warn(loc->pos, funcText(loc->curfn) + " capturing by " + (byval ? "value" : "ref") + ": " +
                         name + " (addr=" + (loc->addrtaken ? "true" : "false") +
                         " assign=" + (loc->reassigned ? "true" : "false") +
                         " width=" + std::to_string(width) + ")");
    }
    Hole ck = byval ? c.k : noteText(c.k, name, use, "reference").addr();
    flow(noteText(ck, name, use, "captured by a closure"), loc);
  }
}

// Is c a function literal inside f (at any depth)?
static bool containsClosure(const FuncInfo* f, const FuncInfo* c) {
  if (f == c) return false;
  for (const FuncInfo* x = c; x; x = x->outer)
    if (x == f) return true;
  return false;
}

bool Batch::outlives(Location* l, Location* other) {
  if (l->escapes) return true;
  if (l->resultIndex > 0) {
    // A directly called literal may return locations of its caller.
    if (containsClosure(other->curfn, l->curfn) && l->curfn->closureCalled) return false;
    return true;
  }
  if (l->curfn == other->curfn && l->loopDepth < other->loopDepth) return true;
  if (containsClosure(l->curfn, other->curfn)) return true;
  return false;
}

void Batch::leakTo(Location* l, Location* sink, int derefs) {
  if (!sink->escapes && sink->resultIndex > 0 && sink->curfn == l->curfn) {
    int ri = sink->resultIndex - 1;
    if (ri < numEscResults) {
      l->paramEsc.addResult(ri, derefs);
      return;
    }
  }
  l->paramEsc.addHeap(derefs);
}

void Batch::walkAll() {
  std::vector<Location*> todo;
  auto enqueue = [&](Location* l) {
    if (!l->queued) {
      todo.push_back(l);
      l->queued = true;
    }
  };
  for (Location* l : allLocs_) enqueue(l);
  enqueue(&heapLoc_);
  uint32_t walkgen = 0;
  while (!todo.empty()) {
    Location* root = todo.back();
    todo.pop_back();
    root->queued = false;
    walkgen++;
    walkOne(root, walkgen, todo);
  }
}

void Batch::walkOne(Location* root, uint32_t walkgen, std::vector<Location*>& queue) {
  root->walkgen = walkgen;
  root->derefs = 0;
  root->dst = nullptr;
  std::vector<Location*> todo{root};
  while (!todo.empty()) {
    Location* l = todo.back();
    todo.pop_back();
    int derefs = l->derefs;
    bool addressOf = derefs < 0;
    if (addressOf) derefs = 0;  // "root = &l; l = x": x's address does not flow to root
    if (outlives(root, l)) {
      if (l->isParam) {
        if (!l->escapes && explaining(l)) {
          warn(l->pos, "parameter " + explainLoc(l) + " leaks to " + explainLoc(root) +
                           " with derefs=" + std::to_string(derefs) + ":");
          explainPath(root, l);
        }
        leakTo(l, root, derefs);
      }
      if (addressOf && !l->escapes) {
        if (explaining(l)) {
          warn(l->pos, locText(l) + " escapes to heap:");
          explainPath(root, l);
        }
        l->escapes = true;
        if (!l->queued) {
          queue.push_back(l);
          l->queued = true;
        }
        continue;
      }
    }
    for (size_t i = 0; i < l->edges.size(); i++) {
      const Edge& e = l->edges[i];
      if (e.src->escapes) continue;
      int d = derefs + e.derefs;
      if (e.src->walkgen != walkgen || e.src->derefs > d) {
        e.src->walkgen = walkgen;
        e.src->derefs = d;
        e.src->dst = l;
        e.src->dstEdge = i;
        todo.push_back(e.src);
      }
    }
  }
}

bool Batch::reporting(const FuncInfo* fn) const {
  return a_.m > 0 && fn && fn->pkg == a_.prog.mainPkg;
}

bool Batch::explaining(const Location* l) const {
  return a_.m >= 2 && l && reporting(l->curfn);
}

// A location as Go's -m=2 names it: {heap}, a variable's name, {storage for X} for an
// allocation site X, {temp}.
std::string Batch::explainLoc(const Location* l) const {
  if (l == &heapLoc_) return "{heap}";
  if (l->var || !l->name.empty()) return locText(l);
  if (!l->text.empty()) return "{storage for " + locText(l) + "}";
  return "{temp}";
}

// A variable's or site's own text (Go's %v of its node).
std::string Batch::locText(const Location* l) const {
  if (!l->name.empty()) return l->name;
  if (!l->var) return building_ && !l->earlyText.empty() ? l->earlyText : l->text;
  const std::string& n = l->var->name;
  if (l->resultIndex > 0 && (n.empty() || n == "_"))
    return (n.empty() ? "~r" : "~b") + std::to_string(l->resultIndex - 1);
  return n;
}

// How src's value reaches root, along the edges the walk took (Go's explainPath).
void Batch::explainPath(Location* root, Location* src) {
  llvm::DenseSet<Location*> visited;
  std::string pos = a_.posString(src->pos);
  for (;;) {
    if (!visited.insert(src).second) {
      *a_.out << pos
              << ":   warning: truncated explanation due to assignment cycle; see "
                 "golang.org/issue/35518\n";
      break;
    }
    Location* dst = src->dst;
    if (!dst) break;
    const Edge& e = dst->edges[src->dstEdge];
    explainFlow(pos, dst, src, e.derefs, e.notes);
    if (dst == root) break;
    src = dst;
  }
}

void Batch::explainFlow(const std::string& pos, Location* dst, Location* src, int derefs,
                        const Note* notes) {
  std::string ops = derefs >= 0 ? std::string(size_t(derefs), '*') : "&";
  *a_.out << pos << ":   flow: " << explainLoc(dst) << " = " << ops << explainLoc(src) << ":\n";
  for (const Note* n = notes; n; n = n->next)
    *a_.out << pos << ":     from " << (building_ && !n->early.empty() ? n->early : n->where)
            << " (" << n->why << ") at " << a_.posString(n->pos) << "\n";
}

void Batch::warn(Pos pos, const std::string& msg) {
  *a_.out << a_.posString(pos) << ": " << msg << "\n";
}

void Batch::paramTag(FuncInfo* fn, size_t i, bool diagnose) {
  Var* p = fn->params[i];
  Leaks esc;
  if (!hasPointers(p->type) || p->name.empty() || p->name == "_") {
    fn->tags[i] = esc;
    return;
  }
  Location* loc = varLoc(p);
  esc = loc->paramEsc;
  esc.optimize();
  if (diagnose && !loc->escapes) {
    if (esc.empty()) warn(p->pos, p->name + " does not escape");
    if (int x = esc.heap(); x >= 0) {
      warn(p->pos, (x == 0 ? "leaking param: " : "leaking param content: ") + p->name);
    }
    for (int r = 0; r < numEscResults; r++) {
      int x = esc.result(r);
      if (x < 0) continue;
      std::string res;
      if (fn->sig->results && size_t(r) < fn->sig->results->vars.size()) {
        res = fn->sig->results->vars[r]->name;
        if (res.empty()) res = "~r" + std::to_string(r);
        if (res == "_") res = "~b" + std::to_string(r);
      }
      warn(p->pos,
           "leaking param: " + p->name + " to result " + res + " level=" + std::to_string(x));
    }
  }
  fn->tags[i] = esc;
}

void Batch::finish() {
  // Functions first, then their literals (Go's order of a batch).
  std::vector<FuncInfo*> all;
  std::function<void(FuncInfo*)> add = [&](FuncInfo* f) {
    all.push_back(f);
    for (FuncInfo* l : f->literals) add(l);
  };
  for (FuncInfo* fn : fns_) add(fn);
  for (FuncInfo* fn : all) {
    fn->tags.assign(fn->params.size(), Leaks{});
    for (size_t i = 0; i < fn->params.size(); i++) paramTag(fn, i, reporting(fn));
    fn->tagged = true;
  }
  for (const Closure& c : closures_) {
    if (c.k.dst->escapes && c.fn) {
      for (Var* v : c.fn->captures) a_.codegenHeapVars.insert(v);
    }
  }
  for (Location* loc : allLocs_) {
    if (loc->var) {
      a_.knownVars.insert(loc->var);
      if (loc->escapes) {
        a_.escapingVars.insert(loc->var);
        a_.codegenHeapVars.insert(loc->var);
        if (reporting(loc->curfn) && !loc->var->name.empty())
          warn(loc->var->pos, "moved to heap: " + loc->var->name);
      }
      continue;
    }
    if (!loc->site) continue;
    bool report = reporting(loc->curfn);
    if (loc->isConv) {
      // recorded below
    } else if (loc->isPtrLit) {
      if (!loc->escapes) a_.stackPtrLits.insert(loc->site);
    } else if (loc->isDDD) {
      auto* c = static_cast<const syntax::CallExpr*>(loc->site);
      (loc->escapes ? a_.escapingDDD : a_.stackDDD).insert(c);
    } else {
      (loc->escapes ? a_.escapingSites : a_.stackSites).insert(loc->site);
    }
    if (report)
      warn(loc->pos, loc->text + (loc->escapes ? " escapes to heap" : " does not escape"));
  }
  for (auto& [e, loc] : convSites_) (loc->escapes ? a_.escapingConvs : a_.stackConvs).insert(e);
}

}  // namespace minigo::escape
