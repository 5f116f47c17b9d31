# Install rules and installers (CPack) for Rapport. Included last from the top-level CMakeLists.txt.
#   Linux:   FHS layout (/usr/bin, share/applications, share/metainfo, share/icons/hicolor); the .deb
#            uses Debian's Qt packages, so nothing of Qt is bundled (dpkg-shlibdeps finds the libraries,
#            the plugin packages are listed by hand below).
#   Windows: bin\ with Qt's DLLs and plugins deployed by windeployqt; NSIS installer.
#   macOS:   Rapport.app (rapport-cli inside it) with Qt frameworks deployed by macdeployqt; DMG.
# Build an installer with `cpack -G DEB|NSIS|DragNDrop` in the build folder (scripts/package on Linux).
include(GNUInstallDirs)

# One name for the app everywhere: desktop file, AppStream id, icon name, macOS bundle id, Wayland app id.
set(RAPPORT_APP_ID "io.github.rapportcrm.Rapport" CACHE STRING "Reverse-DNS application id")
set(RAPPORT_VENDOR "Rapport")
set(RAPPORT_ICON_DIR "${PROJECT_SOURCE_DIR}/resources/appicon")
target_compile_definitions(rapport PRIVATE RAPPORT_APP_ID="${RAPPORT_APP_ID}")

# GNU tools and CPack want a file name extension on the licence.
configure_file("${PROJECT_SOURCE_DIR}/LICENSE" "${PROJECT_BINARY_DIR}/LICENSE.txt" COPYONLY)

if(WIN32)
    # Version information and the icon in both executables (Explorer's Details tab, taskbar, Start menu).
    foreach(exe rapport rapport-cli)
        if(exe STREQUAL "rapport")
            set(RAPPORT_RC_DESCRIPTION "Rapport")
        else()
            set(RAPPORT_RC_DESCRIPTION "Rapport command line")
        endif()
        set(RAPPORT_RC_NAME "${exe}")
        configure_file("${CMAKE_CURRENT_LIST_DIR}/windows/rapport.rc.in" "${PROJECT_BINARY_DIR}/${exe}.rc" @ONLY)
        target_sources(${exe} PRIVATE "${PROJECT_BINARY_DIR}/${exe}.rc")
    endforeach()
    install(TARGETS rapport rapport-cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    install(FILES "${PROJECT_BINARY_DIR}/LICENSE.txt" DESTINATION .)
elseif(APPLE)
    # LSMinimumSystemVersion follows the deployment target; Qt 6.8 itself needs macOS 12.
    if(CMAKE_OSX_DEPLOYMENT_TARGET)
        set(RAPPORT_MACOS_MINIMUM "${CMAKE_OSX_DEPLOYMENT_TARGET}")
    else()
        set(RAPPORT_MACOS_MINIMUM "12.0")
    endif()
    # Our values first (@VAR@); CMake fills the ${MACOSX_BUNDLE_*} ones from the target when it builds the bundle.
    configure_file("${CMAKE_CURRENT_LIST_DIR}/macos/Info.plist.in" "${PROJECT_BINARY_DIR}/Info.plist.in" @ONLY)
    set(icns "${RAPPORT_ICON_DIR}/rapport.icns")
    target_sources(rapport PRIVATE "${icns}")
    set_source_files_properties("${icns}" TARGET_DIRECTORY rapport PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(rapport PROPERTIES
        OUTPUT_NAME Rapport
        MACOSX_BUNDLE_INFO_PLIST "${PROJECT_BINARY_DIR}/Info.plist.in"
        MACOSX_BUNDLE_BUNDLE_NAME Rapport
        MACOSX_BUNDLE_GUI_IDENTIFIER "${RAPPORT_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE rapport.icns
        MACOSX_BUNDLE_COPYRIGHT "GPL-3.0-or-later")
    install(TARGETS rapport BUNDLE DESTINATION .)
    # The command line tool lives in the bundle and shares its Qt frameworks.
    install(TARGETS rapport-cli RUNTIME DESTINATION "Rapport.app/Contents/MacOS")
else()
    # Qt and every other library come from the system's library path, never from beside the binary.
    set_target_properties(rapport rapport-cli PROPERTIES INSTALL_RPATH "")
    install(TARGETS rapport rapport-cli RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
    configure_file("${CMAKE_CURRENT_LIST_DIR}/linux/rapport.desktop.in"
                   "${PROJECT_BINARY_DIR}/${RAPPORT_APP_ID}.desktop" @ONLY)
    configure_file("${CMAKE_CURRENT_LIST_DIR}/linux/rapport.metainfo.xml.in"
                   "${PROJECT_BINARY_DIR}/${RAPPORT_APP_ID}.metainfo.xml" @ONLY)
    install(FILES "${PROJECT_BINARY_DIR}/${RAPPORT_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${PROJECT_BINARY_DIR}/${RAPPORT_APP_ID}.metainfo.xml" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    file(GLOB icon_sizes RELATIVE "${RAPPORT_ICON_DIR}/hicolor" "${RAPPORT_ICON_DIR}/hicolor/*")
    foreach(size ${icon_sizes})
        install(FILES "${RAPPORT_ICON_DIR}/hicolor/${size}/apps/rapport.png"
                DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}/apps" RENAME "${RAPPORT_APP_ID}.png")
    endforeach()
    install(FILES "${PROJECT_SOURCE_DIR}/resources/icons/app.svg"
            DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" RENAME "${RAPPORT_APP_ID}.svg")
    install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/rapport" RENAME copyright)
endif()

# Windows and macOS installers carry Qt. qt_generate_deploy_script (Qt 6.5+) deploys both executables;
# Qt 6.3/6.4 only has qt_generate_deploy_app_script, which deploys the app (enough on Windows, where
# rapport-cli.exe sits beside it and uses a subset of the same DLLs).
if(WIN32 OR APPLE)
    if(APPLE)
        set(deploy_app "$<TARGET_FILE_NAME:rapport>.app")
        set(deploy_cli "$<TARGET_FILE_NAME:rapport>.app/Contents/MacOS/$<TARGET_FILE_NAME:rapport-cli>")
        # macdeployqt leaves Qt's own catalogues out; Language loads qt_zh_CN from <bundle>/Contents/translations.
        set(deploy_extra "
set(QT_DEPLOY_TRANSLATIONS_DIR \"${deploy_app}/Contents/translations\")
qt_deploy_translations(LOCALES zh_CN)
# Rewriting library paths breaks the linker's ad-hoc signature on Apple silicon: sign the bundle again.
execute_process(COMMAND codesign --force --deep --sign - \"\${QT_DEPLOY_PREFIX}/${deploy_app}\" COMMAND_ERROR_IS_FATAL ANY)")
    else()
        set(deploy_app "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:rapport>")
        set(deploy_cli "\${QT_DEPLOY_BIN_DIR}/$<TARGET_FILE_NAME:rapport-cli>")
        set(deploy_extra "")
    endif()
    if(Qt6_VERSION VERSION_GREATER_EQUAL 6.5)
        qt_generate_deploy_script(TARGET rapport OUTPUT_SCRIPT rapport_deploy_script CONTENT "
qt_deploy_runtime_dependencies(EXECUTABLE \"${deploy_app}\" ADDITIONAL_EXECUTABLES \"${deploy_cli}\" GENERATE_QT_CONF)
${deploy_extra}")
    elseif(Qt6_VERSION VERSION_GREATER_EQUAL 6.3)
        qt_generate_deploy_app_script(TARGET rapport FILENAME_VARIABLE rapport_deploy_script)
        if(APPLE)
            message(WARNING "Qt ${Qt6_VERSION}: rapport-cli inside Rapport.app is not deployed; build installers with Qt 6.5 or newer")
        endif()
    else()
        message(WARNING "Qt ${Qt6_VERSION} cannot deploy itself; installers need Qt 6.3 or newer")
    endif()
    if(rapport_deploy_script)
        install(SCRIPT "${rapport_deploy_script}")
    endif()
endif()

# ---- CPack ----
set(CPACK_PACKAGE_NAME "Rapport")
set(CPACK_PACKAGE_VENDOR "${RAPPORT_VENDOR}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Customers, deals and support tickets for small businesses, offline")
set(CPACK_PACKAGE_DESCRIPTION "Rapport keeps a small business's customers, deals, support tickets and their history in one SQLite file on the owner's own computer. It works offline, in English and Simplified Chinese.")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Rapport")
set(CPACK_PACKAGE_EXECUTABLES "rapport;Rapport")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_BINARY_DIR}/LICENSE.txt")
set(CPACK_PACKAGE_CONTACT "Rapport developers" CACHE STRING "Package maintainer (name <email>)")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build[^/]*/" "/screenshots/")

# Debian: `apt install ./rapport_<version>_<arch>.deb` pulls in Debian's Qt.
set(CPACK_DEBIAN_PACKAGE_NAME "rapport")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Plugins are loaded at run time, so dpkg-shlibdeps cannot see them: the SQLite driver is its own
# package; the platform (xcb) and SVG icon plugins ship with libqt6gui6 and libqt6svg6, found above.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-wayland, qt6-translations-l10n, hicolor-icon-theme")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "fonts-noto-cjk")

# Windows: NSIS with Start-menu entry, uninstaller (Add/Remove Programs, with icon), previous version
# removed first. The registry key is the installer's identity across upgrades: never change it.
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Rapport")
set(CPACK_NSIS_PACKAGE_NAME "Rapport")
set(CPACK_NSIS_DISPLAY_NAME "Rapport")
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
set(CPACK_NSIS_MUI_ICON "${RAPPORT_ICON_DIR}/rapport.ico")
set(CPACK_NSIS_MUI_UNIICON "${RAPPORT_ICON_DIR}/rapport.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\rapport.exe")
set(CPACK_NSIS_MUI_FINISHPAGE_RUN "rapport.exe")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_UNINSTALL_NAME "Uninstall Rapport")
# WiX (cpack -G WIX) works from the same tree; its upgrade code is fixed so a new MSI replaces the old one.
set(CPACK_WIX_UPGRADE_GUID "6F2B6C1E-3B8D-4E43-9B0A-52D7C1A4E8F1")
set(CPACK_WIX_PRODUCT_ICON "${RAPPORT_ICON_DIR}/rapport.ico")
set(CPACK_WIX_PROGRAM_MENU_FOLDER "Rapport")

# macOS: a compressed disk image with Rapport.app and a link to /Applications.
set(CPACK_DMG_VOLUME_NAME "Rapport")
set(CPACK_DMG_FORMAT "UDZO")

if(WIN32)
    set(CPACK_GENERATOR "NSIS")
elseif(APPLE)
    set(CPACK_GENERATOR "DragNDrop")
    set(CPACK_PACKAGE_FILE_NAME "Rapport-${PROJECT_VERSION}")
else()
    set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
