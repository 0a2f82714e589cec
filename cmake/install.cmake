# install() rules and the CPack DEB package of tailwatch.
#
#   cmake --install build/dev --prefix /usr/local    # binaries, unit, sysusers, docs, config
#   (cd build/dev && cpack -G DEB)                   # tailwatch_<version>_<arch>.deb
#
# Layout (prefix /usr, as in the .deb):
#   /usr/bin/tailwatchd, /usr/bin/tailwatch        both in bin: tailwatchd also runs in the
#                                                   foreground for users (make run), not only as root
#   /usr/libexec/tailwatch/tailwatchd-core          the daemon; /usr/bin/tailwatchd binds the
#                                                   listener, then runs it (daemon/launcher/)
#   /usr/lib/systemd/system/tailwatch.service      ExecStart paths follow the install prefix
#   /usr/lib/sysusers.d/tailwatch.conf             the tailwatch system account
#   /etc/tailwatch/tailwatch.yaml                  conffile (TAILWATCH_INSTALL_CONFDIR)
#   /usr/share/doc/tailwatch/                      README.md, operations.md, example configs
# Included at the end of the top-level CMakeLists.txt, after every target exists.
include_guard(GLOBAL)
include(GNUInstallDirs)

# `cpack` (and tests/integration/deb_package.sh inside ctest) must package what is built,
# not start a build of every target first while other tests run those binaries.
# `cmake --install` never builds; build the targets before installing or packaging.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

# The unit reads /etc/tailwatch (ConfigurationDirectory=), whatever the prefix, so the
# config goes there; DESTDIR (and CPack's staging) still apply to this absolute path.
set(TAILWATCH_INSTALL_CONFDIR "/etc/tailwatch" CACHE PATH
    "Where the service configuration tailwatch.yaml is installed")
set(TAILWATCH_INSTALL_UNITDIR "lib/systemd/system" CACHE STRING
    "systemd system unit directory, relative to the prefix")
set(TAILWATCH_INSTALL_SYSUSERSDIR "lib/sysusers.d" CACHE STRING
    "sysusers.d directory, relative to the prefix")

foreach(program tailwatchd tailwatch)
  if(TARGET ${program})
    install(TARGETS ${program} RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT tailwatch)
  endif()
endforeach()
# Where tailwatchd (the launcher, daemon/launcher/launcher.cc) looks for the daemon:
# ../libexec/tailwatch/ from its own folder.
if(TARGET tailwatchd-core)
  install(TARGETS tailwatchd-core RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/tailwatch
          COMPONENT tailwatch)
endif()

# The unit names /usr/bin; rewrite it for the prefix actually installed to (CMAKE_INSTALL_PREFIX
# inside an install script is the one of `cmake --install --prefix` or of CPack's staging).
install(CODE "
  file(READ \"${PROJECT_SOURCE_DIR}/systemd/tailwatch.service\" unit)
  string(REPLACE \"=/usr/bin/\" \"=\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\" unit \"\${unit}\")
  string(REPLACE \" /usr/bin/\" \" \${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/\" unit \"\${unit}\")
  set(unit_dir \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/${TAILWATCH_INSTALL_UNITDIR}\")
  file(MAKE_DIRECTORY \"\${unit_dir}\")
  message(STATUS \"Installing: \${unit_dir}/tailwatch.service\")
  file(WRITE \"\${unit_dir}/tailwatch.service\" \"\${unit}\")
  file(CHMOD \"\${unit_dir}/tailwatch.service\" FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
" COMPONENT tailwatch)

install(FILES ${PROJECT_SOURCE_DIR}/systemd/tailwatch.sysusers
        DESTINATION ${TAILWATCH_INSTALL_SYSUSERSDIR} RENAME tailwatch.conf COMPONENT tailwatch)
install(FILES ${PROJECT_SOURCE_DIR}/systemd/tailwatch.yaml
        DESTINATION ${TAILWATCH_INSTALL_CONFDIR}
        PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ COMPONENT tailwatch)

set(tailwatch_docs "")
foreach(doc README.md docs/operations.md)
  if(EXISTS ${PROJECT_SOURCE_DIR}/${doc})
    list(APPEND tailwatch_docs ${PROJECT_SOURCE_DIR}/${doc})
  endif()
endforeach()
if(tailwatch_docs)
  install(FILES ${tailwatch_docs} DESTINATION ${CMAKE_INSTALL_DOCDIR} COMPONENT tailwatch)
endif()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/config/examples/
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/examples COMPONENT tailwatch
        FILES_MATCHING PATTERN "*.yaml")

# ---- CPack: one .deb -------------------------------------------------------------------
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "tailwatch")
set(CPACK_PACKAGE_VENDOR "tailwatch")
set(CPACK_PACKAGE_CONTACT "tailwatch maintainers <tailwatch@localhost>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "CloudWatch Logs metric filters and alarms for local log files")
set(CPACK_PACKAGE_DESCRIPTION
    "tailwatch tails log files and runs AWS CloudWatch Logs metric filters and CloudWatch
alarms over every line on the machine itself, in milliseconds. It exposes Prometheus
metrics and alarm state over HTTP and sends alarm notifications to webhooks,
Alertmanager and Amazon SNS. The package installs the tailwatchd service (hardened
systemd unit, sd_notify readiness and watchdog) and the tailwatch tool (check-config,
test-pattern, replay, test-alarm).")
# With CPACK_SET_DESTDIR, CPack installs with DESTDIR=<staging> and prefix CPACK_INSTALL_PREFIX,
# so the absolute /etc/tailwatch lands in the staging tree, never on the build machine.
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX "/usr")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_NAME "tailwatch")
set(CPACK_DEBIAN_PACKAGE_SECTION "admin")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Runtime libraries come from dpkg-shlibdeps (libre2, libyaml-cpp, libssl3, libsystemd0, ...);
# the postinst needs systemd-sysusers, as debhelper's dh_installsysusers declares it.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "systemd | systemd-standalone-sysusers | systemd-sysusers")
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

# conffiles: dpkg keeps an edited /etc/tailwatch/tailwatch.yaml across upgrades and asks.
set(tailwatch_deb_dir "${PROJECT_BINARY_DIR}/cpack-debian")
file(MAKE_DIRECTORY "${tailwatch_deb_dir}")
file(WRITE "${tailwatch_deb_dir}/conffiles" "${TAILWATCH_INSTALL_CONFDIR}/tailwatch.yaml\n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    "${tailwatch_deb_dir}/conffiles"
    "${PROJECT_SOURCE_DIR}/systemd/debian/postinst"
    "${PROJECT_SOURCE_DIR}/systemd/debian/prerm"
    "${PROJECT_SOURCE_DIR}/systemd/debian/postrm")

include(CPack)
