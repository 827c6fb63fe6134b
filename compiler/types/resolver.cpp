// resolver.cpp — collection of package-level objects (Go's types2/resolver.go): imports
// into file scopes, consts/vars/types/funcs into the package scope with their
// declaration info, methods grouped by receiver base type; then every package-level
// object is type-checked in source order, and unused imports are reported.
#include "types/checker.h"

#include "types/constant.h"

#include <llvm/Support/Casting.h>

namespace minigo::types {

using llvm::cast;
using llvm::dyn_cast;
using namespace syntax;

namespace {

std::vector<Expr*> unpack(Expr* x) {
  if (!x) return {};
  if (auto* l = dyn_cast<ListExpr>(x)) return l->elems;
  return {x};
}

}  // namespace

DeclInfo* Checker::newDeclInfo() {
  declInfos_.push_back(std::make_unique<DeclInfo>());
  return declInfos_.back().get();
}

void Checker::arity(Pos pos, const std::vector<Name*>& names, const std::vector<Expr*>& inits,
                    bool constDecl, bool inherited) {
  size_t l = names.size(), r = inits.size();
  if (l < r) {
    Expr* n = inits[l];
    if (inherited) {
      error(pos, "extra init expr at " + posString(n->pos));
    } else {
      errorAt(n, "extra init expr " + exprString(n));
    }
  } else if (l > r && (constDecl || r != 1)) {
    Name* n = names[r];
    errorAt(n, "missing init expr for " + std::string(n->value));
  }
}

void Checker::declare(Scope* scope, Name* id, Object* obj) {
  if (obj->name != "_") {
    if (Object* alt = scope->insert(obj)) {
      std::vector<ErrorPart> parts{{obj->pos, obj->name + " redeclared in this block"}};
      if (alt->pos.known()) parts.push_back({alt->pos, "other declaration of " + alt->name});
      report(parts);
      return;
    }
  }
  if (id) recordDef(id, obj);
}

void Checker::declarePkgObj(Name* ident, Object* obj, DeclInfo* d) {
  if (ident->value == "init") {
    errorAt(ident, "cannot declare init - must be func");
    return;
  }
  if (ident->value == "main" && pkg_->name == "main") {
    errorAt(ident, "cannot declare main - must be func");
    return;
  }
  declare(pkg_->scope, ident, obj);
  objMap_[obj] = d;
  objList_.push_back(obj);
  obj->order = uint32_t(objList_.size());
}

void Checker::collectObjects() {
  struct MethodInfo {
    Func* obj;
    bool ptr;
    Expr* recv;
  };
  std::vector<MethodInfo> methods;
  std::vector<Scope*> fileScopes;

  for (File* file : files_) {
    recordDef(file->pkgName, nullptr);
    Scope* fileScope = arena_.make<Scope>(pkg_->scope, "file " + file->source->path());
    fileScopes.push_back(fileScope);
    recordScope(file, fileScope);

    int first = -1;               // index of the first ConstDecl in the current group
    ConstDecl* last = nullptr;    // last ConstDecl with init expressions
    ConstDecl emptyConst(Pos{});  // stands for "no values" in a group's first spec
    for (size_t index = 0; index < file->decls.size(); index++) {
      Decl* decl = file->decls[index];
      if (!isa<ConstDecl>(decl)) first = -1;
      switch (decl->kind) {
        case NodeKind::ImportDecl: {
          auto* s = cast<ImportDecl>(decl);
          if (!s->path || s->path->bad) continue;  // reported by the parser
          Constant pathVal = Constant::fromLiteral(s->path->value, LitKind::String);
          std::string path = pathVal.kind() == Constant::Kind::String ? pathVal.stringVal() : "";
          if (path.empty()) {
            errorAt(s->path, "invalid import path (empty string)");
            continue;
          }
          std::string why;
          Package* imp = conf_.importer ? conf_.importer(path, &why) : nullptr;
          if (!imp) {
            errorAt(s->path, why.empty() ? "could not import " + path : why);
            continue;
          }
          std::string name = imp->name;
          if (s->localName) {
            name = std::string(s->localName->value);
            if (name == ".") {
              notSupported(s->localName, "dot import");
              continue;
            }
          }
          if (name == "init") {
            errorAt(s, "cannot import package as init - init must be a func");
            continue;
          }
          if (std::find(pkg_->imports.begin(), pkg_->imports.end(), imp) == pkg_->imports.end()) {
            pkg_->imports.push_back(imp);
          }
          auto* pkgName = arena_.make<PkgName>(s->pos, pkg_, name, imp);
          pkgName->type = u_.invalid();
          if (s->localName) {
            recordDef(s->localName, pkgName);
          } else {
            recordImplicit(s, pkgName);
          }
          imports_.push_back(pkgName);
          declare(fileScope, nullptr, pkgName);
          break;
        }
        case NodeKind::ConstDecl: {
          auto* s = cast<ConstDecl>(decl);
          if (first < 0 || !s->group ||
              cast<ConstDecl>(file->decls[index - 1])->group != s->group) {
            first = int(index);
            last = nullptr;
          }
          Constant iota = Constant::makeInt64(int64_t(index) - first);
          bool inherited = true;
          if (s->type || s->values) {
            last = s;
            inherited = false;
          } else if (!last) {
            last = &emptyConst;
            inherited = false;
          }
          std::vector<Expr*> values = unpack(last->values);
          for (size_t i = 0; i < s->names.size(); i++) {
            Name* name = s->names[i];
            auto* obj =
                arena_.make<Const>(name->pos, pkg_, std::string(name->value), nullptr, iota);
            DeclInfo* d = newDeclInfo();
            d->file = fileScope;
            d->vtyp = last->type;
            d->init = i < values.size() ? values[i] : nullptr;
            d->inherited = inherited;
            declarePkgObj(name, obj, d);
          }
          arity(s->pos, s->names, values, true, inherited);
          break;
        }
        case NodeKind::VarDecl: {
          auto* s = cast<VarDecl>(decl);
          std::vector<Var*> lhs(s->names.size());
          DeclInfo* d1 = nullptr;
          if (!isa_and_nonnull<ListExpr>(s->values)) {
            // one init expression (or none) for all names: n:1
            d1 = newDeclInfo();
            d1->file = fileScope;
            d1->vtyp = s->type;
            d1->init = s->values;
          }
          std::vector<Expr*> values = unpack(s->values);
          for (size_t i = 0; i < s->names.size(); i++) {
            Name* name = s->names[i];
            auto* obj = arena_.make<Var>(name->pos, pkg_, std::string(name->value), nullptr);
            obj->isGlobal = true;
            lhs[i] = obj;
            DeclInfo* d = d1;
            if (!d) {
              d = newDeclInfo();
              d->file = fileScope;
              d->vtyp = s->type;
              d->init = i < values.size() ? values[i] : nullptr;
            }
            declarePkgObj(name, obj, d);
          }
          if (d1) d1->lhs = lhs;
          if (!s->type || !values.empty()) arity(s->pos, s->names, values, false, false);
          break;
        }
        case NodeKind::TypeDecl: {
          auto* s = cast<TypeDecl>(decl);
          if (!s->tparams.empty()) notSupported(s->tparams[0], "generic type");
          auto* obj =
              arena_.make<TypeName>(s->name->pos, pkg_, std::string(s->name->value), nullptr);
          DeclInfo* d = newDeclInfo();
          d->file = fileScope;
          d->tdecl = s;
          declarePkgObj(s->name, obj, d);
          break;
        }
        case NodeKind::FuncDecl: {
          auto* s = cast<FuncDecl>(decl);
          std::string name(s->name->value);
          auto* obj = arena_.make<Func>(s->name->pos, pkg_, name, nullptr);
          obj->decl = s;
          if (!s->tparams.empty()) notSupported(s->tparams[0], "generic function");
          if (!s->recv) {
            if (name == "init" || (name == "main" && pkg_->name == "main")) {
              if (!s->type->params.empty() || !s->type->results.empty()) {
                softErrorAt(s->name,
                            "func " + name + " must have no arguments and no return values");
              }
            }
            if (name == "init") {
              obj->parent = pkg_->scope;
              recordDef(s->name, obj);
              if (!s->body) softErrorAt(s->name, "missing function body");
              pkg_->initFuncs.push_back(obj);
            } else {
              declare(pkg_->scope, s->name, obj);
            }
          } else {
            // method: associate with its receiver base type below
            bool ptr = false;
            Expr* rtyp = s->recv->type;
            for (;;) {
              if (auto* p = dyn_cast<ParenExpr>(rtyp)) {
                rtyp = p->x;
              } else if (auto* o = dyn_cast<Operation>(rtyp);
                         o && o->op == Operator::Mul && !o->y) {
                ptr = true;
                rtyp = o->x;
              } else {
                break;
              }
            }
            if (auto* ix = dyn_cast<IndexExpr>(rtyp)) {
              notSupported(ix, "generic receiver");
              rtyp = ix->x;
            }
            if (isa<Name>(rtyp) && name != "_") methods.push_back(MethodInfo{obj, ptr, rtyp});
            recordDef(s->name, obj);
          }
          DeclInfo* info = newDeclInfo();
          info->file = fileScope;
          info->fdecl = s;
          objMap_[obj] = info;
          objList_.push_back(obj);
          obj->order = uint32_t(objList_.size());
          break;
        }
        default: break;
      }
    }
  }

  // Package-scope names must not collide with imported package names.
  for (Scope* scope : fileScopes) {
    for (Object* obj : scope->objects()) {
      if (Object* alt = pkg_->scope->lookup(obj->name)) {
        auto* pn = cast<PkgName>(obj);
        report({{alt->pos, alt->name + " already declared through import of package " +
                               pn->imported->name + " (\"" + pn->imported->path + "\")"},
                {obj->pos, "other declaration of " + obj->name}});
      }
    }
  }

  for (MethodInfo& m : methods) {
    bool ptr = m.ptr;
    if (TypeName* base = resolveBaseTypeName(&ptr, m.recv)) {
      m.obj->hasPtrRecv = ptr;
      methods_[base].push_back(m.obj);
    }
  }
}

// The type name a receiver type expression denotes, following aliases; null when it
// is not a type name of this package.
TypeName* Checker::resolveBaseTypeName(bool* ptr, Expr* typ) {
  llvm::DenseSet<TypeName*> seen;
  for (;;) {
    typ = unparen(typ);
    if (auto* o = dyn_cast<Operation>(typ); o && o->op == Operator::Mul && !o->y) {
      if (*ptr) return nullptr;
      *ptr = true;
      typ = unparen(o->x);
    }
    auto* name = dyn_cast<Name>(typ);
    if (!name) return nullptr;
    auto* tname = dyn_cast_or_null<TypeName>(pkg_->scope->lookup(name->value));
    if (!tname || seen.count(tname)) return nullptr;
    auto it = objMap_.find(tname);
    if (it == objMap_.end()) return nullptr;
    TypeDecl* tdecl = it->second->tdecl;
    if (!tdecl->alias) return tname;
    typ = tdecl->type;
    seen.insert(tname);
  }
}

void Checker::packageObjects() {
  std::vector<Object*> objList = objList_;  // already in source order
  for (Object* obj : objList) {
    if (auto* tn = dyn_cast<TypeName>(obj); tn && tn->type) collectMethods(tn);
  }
  // Non-alias type declarations first, then aliases, then everything else.
  std::vector<TypeName*> aliases;
  std::vector<Object*> others;
  for (Object* obj : objList) {
    if (auto* tn = dyn_cast<TypeName>(obj)) {
      if (objMap_[tn]->tdecl->alias) {
        aliases.push_back(tn);
      } else {
        objDecl(obj, nullptr);
      }
    } else {
      others.push_back(obj);
    }
  }
  for (TypeName* tn : aliases) objDecl(tn, nullptr);
  for (Object* obj : others) objDecl(obj, nullptr);
  methods_.clear();
}

void Checker::unusedImports() {
  for (PkgName* obj : imports_) {
    if (obj->used || obj->name == "_") continue;
    const std::string& path = obj->imported->path;
    std::string elem = path.substr(path.rfind('/') + 1);
    if (obj->name == elem) {
      error(obj->pos, "imported and not used: \"" + path + "\"", true);
    } else {
      error(obj->pos, "imported and not used: \"" + path + "\" as " + obj->name, true);
    }
  }
}

}  // namespace minigo::types
