# Third-party libraries that Debian also ships as static archives are linked
# statically into our programs. A dynamically linked tailwatchd spends most of
# its start-up in the dynamic loader resolving symbols across twenty shared
# objects (about 6 ms of CPU before main); with these archives linked in it
# needs about 2.5 ms, so the listener is up sooner after exec.
# Libraries with no archive on the system stay shared.
option(TAILWATCH_STATIC_DEPS "Link third-party libraries statically where archives exist" ON)

# The archive beside shared library `path` in `out`, or `path` itself.
function(tailwatch_archive_for path out)
  set(${out} "${path}" PARENT_SCOPE)
  # Two steps: ${CMAKE_MATCH_1} in the same condition would be expanded
  # before the match.
  if(path MATCHES "^(.*/lib[^/]+)\\.so(\\.[0-9.]+)?$")
    if(EXISTS "${CMAKE_MATCH_1}.a")
      set(${out} "${CMAKE_MATCH_1}.a" PARENT_SCOPE)
    endif()
  endif()
endfunction()

# Points imported target `target` at archives instead of shared libraries,
# both in its imported locations and in its interface link libraries.
function(tailwatch_prefer_archive target)
  if(NOT TARGET ${target})
    return()
  endif()
  foreach(property IMPORTED_LOCATION IMPORTED_LOCATION_NONE IMPORTED_LOCATION_RELEASE)
    get_target_property(location ${target} ${property})
    if(location)
      tailwatch_archive_for("${location}" archive)
      set_target_properties(${target} PROPERTIES ${property} "${archive}")
    endif()
  endforeach()
  get_target_property(libs ${target} INTERFACE_LINK_LIBRARIES)
  if(libs)
    set(out "")
    foreach(lib IN LISTS libs)
      tailwatch_archive_for("${lib}" archive)
      list(APPEND out "${archive}")
    endforeach()
    set_target_properties(${target} PROPERTIES INTERFACE_LINK_LIBRARIES "${out}")
  endif()
endfunction()

# Called once every package is found.
function(tailwatch_static_deps)
  if(NOT TAILWATCH_STATIC_DEPS)
    return()
  endif()
  foreach(target PkgConfig::RE2 PkgConfig::HYPERSCAN yaml-cpp OpenSSL::SSL OpenSSL::Crypto
                 ZLIB::ZLIB)
    tailwatch_prefer_archive(${target})
  endforeach()
  # libcrypto.a needs what libcrypto.so would have brought along.
  if(TARGET OpenSSL::Crypto)
    set_property(TARGET OpenSSL::Crypto APPEND PROPERTY INTERFACE_LINK_LIBRARIES
                                                        ${CMAKE_DL_LIBS} Threads::Threads)
  endif()
endfunction()
