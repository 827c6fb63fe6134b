// initorder.cpp — the initialization order of package-level variables (the spec's
// rule, Go's types2/initorder.go): repeatedly pick, among variables whose
// dependencies are all initialized, the earliest declared one. Dependencies through
// functions are followed transitively. A cycle is Go's "initialization loop" error.
#include "types/checker.h"

#include <llvm/Support/Casting.h>

#include <algorithm>
#include <map>
#include <set>

namespace minigo::types {

using llvm::dyn_cast;

namespace {

struct GraphNode {
  Object* obj;
  std::set<GraphNode*> pred, succ;
  size_t ndeps = 0;
};

}  // namespace

void Checker::initOrder() {
  pkg_->initOrder.clear();

  // Build the dependency graph over package-level objects.
  std::map<Object*, std::unique_ptr<GraphNode>> nodes;
  for (Object* obj : objList_) {
    if (isa<Const>(obj) || isa<Var>(obj) || isa<Func>(obj)) {
      nodes[obj] = std::make_unique<GraphNode>(GraphNode{obj, {}, {}, 0});
    }
  }
  for (auto& [obj, n] : nodes) {
    for (Object* d : objMap_[obj]->deps) {
      auto it = nodes.find(d);
      if (it == nodes.end()) continue;
      n->succ.insert(it->second.get());
      it->second->pred.insert(n.get());
    }
  }
  // Remove function nodes, connecting their predecessors with their successors
  // (cheapest first, as Go does, to keep the graph small).
  std::vector<GraphNode*> funcs, G;
  for (auto& [obj, n] : nodes) {
    if (isa<Func>(obj)) {
      funcs.push_back(n.get());
    } else {
      G.push_back(n.get());
    }
  }
  std::stable_sort(funcs.begin(), funcs.end(), [](GraphNode* a, GraphNode* b) {
    return a->pred.size() * a->succ.size() < b->pred.size() * b->succ.size();
  });
  for (GraphNode* n : funcs) {
    for (GraphNode* p : n->pred) {
      if (p == n) continue;
      for (GraphNode* s : n->succ) {
        if (s == n) continue;
        p->succ.insert(s);
        s->pred.insert(p);
      }
      p->succ.erase(n);
    }
    for (GraphNode* s : n->succ) s->pred.erase(n);
  }
  for (GraphNode* n : G) n->ndeps = n->succ.size();

  std::set<DeclInfo*> emitted;
  while (!G.empty()) {
    // the node with the fewest dependencies, earliest in the source
    auto best = std::min_element(G.begin(), G.end(), [](GraphNode* a, GraphNode* b) {
      return a->ndeps < b->ndeps || (a->ndeps == b->ndeps && a->obj->order < b->obj->order);
    });
    GraphNode* n = *best;
    G.erase(best);
    if (n->ndeps > 0) {
      // A cycle: find and report it.
      std::set<Object*> seen;
      std::function<std::vector<Object*>(Object*, Object*)> findPath =
          [&](Object* from, Object* to) -> std::vector<Object*> {
        if (seen.count(from)) return {};
        seen.insert(from);
        for (Object* d : objMap_[from]->deps) {
          if (d == to) return {d};
          if (!objMap_.count(d)) continue;
          auto p = findPath(d, to);
          if (!p.empty()) {
            p.push_back(d);
            return p;
          }
        }
        return {};
      };
      std::vector<Object*> cycle = findPath(n->obj, n->obj);
      if (!cycle.empty()) {
        Object* obj = cycle[0];
        std::vector<ErrorPart> parts{{obj->pos, "initialization loop for " + obj->name}};
        for (size_t i = cycle.size(); i > 0; i--) {
          parts.push_back({obj->pos, obj->name + " refers to"});
          obj = cycle[i - 1];
        }
        parts.push_back({obj->pos, obj->name});
        report(parts);
      }
    }
    for (GraphNode* p : n->pred) {
      if (p->ndeps > 0) p->ndeps--;
    }
    auto* v = dyn_cast<Var>(n->obj);
    if (!v) continue;
    DeclInfo* info = objMap_[v];
    if (!info->hasInitializer() || emitted.count(info)) continue;
    emitted.insert(info);
    std::vector<Var*> lhs = info->lhs;
    if (lhs.empty()) lhs = {v};
    pkg_->initOrder.push_back(Initializer{lhs, info->init});
  }
}

}  // namespace minigo::types
