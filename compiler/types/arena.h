// arena.h — ownership of everything the type checker creates during one compilation:
// types, objects, scopes, packages and constant values. Nothing is freed before the
// Arena; pointers handed out stay valid for its whole life.
#pragma once

#include "types/object.h"
#include "types/type.h"

#include <memory>
#include <type_traits>
#include <vector>

namespace minigo::types {

class Arena {
 public:
  template <typename T, typename... Args>
  T* make(Args&&... args) {
    auto p = std::make_unique<T>(std::forward<Args>(args)...);
    T* raw = p.get();
    if constexpr (std::is_base_of_v<Type, T>) {
      types_.push_back(std::move(p));
    } else if constexpr (std::is_base_of_v<Object, T>) {
      objects_.push_back(std::move(p));
    } else if constexpr (std::is_same_v<T, Scope>) {
      scopes_.push_back(std::move(p));
      if (raw->parent) raw->parent->children.push_back(raw);
    } else if constexpr (std::is_same_v<T, Package>) {
      packages_.push_back(std::move(p));
    } else {
      static_assert(std::is_same_v<T, Constant>,
                    "Arena holds types, objects, scopes, packages and constants");
      constants_.push_back(std::move(p));
    }
    return raw;
  }

 private:
  std::vector<std::unique_ptr<Type>> types_;
  std::vector<std::unique_ptr<Object>> objects_;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<std::unique_ptr<Package>> packages_;
  std::vector<std::unique_ptr<Constant>> constants_;
};

}  // namespace minigo::types
