# Sourced by the Mini Analysis scripts (POSIX sh, Linux and macOS): how both products start Java
# quickly. Sets $cache, the user's cache folder of Mini Analysis.
cache="${XDG_CACHE_HOME:-$HOME/.cache}/miniana"
# The launcher and the framework go on the class path (not into the launcher's own class loader), so
# that the class-data archive holds the framework's classes too; the framework then adds its
# extension bundles to that class loader, which Java allows only with its package opened.
launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)
framework=$(ls "$here"/plugins/org.eclipse.osgi_*.jar | head -n 1)

# miniana_class_data PRODUCT KIND: sets $cds to the options of the class-data archive of one kind of
# run. An archive, written by the first run and used by the next ones, holds the classes that run
# loaded (the JVM's, the framework's and the bundles'), so the next runs start about a second sooner.
# Java never adds to an archive, so each kind of run has its own: one made by 'miniana --version'
# would leave out the database's and the figures' classes. The name also holds a checksum of the
# class path, since Java would keep using an archive made for a shorter one. Archives are remade
# monthly, which also removes those of older installations. Only where the cache folder is writable:
# the JVM refuses to start when it cannot write an archive it was asked to create.
miniana_class_data() {
    cds=
    archive="$cache/$1-$(printf %s "$launcher:$framework" | cksum | cut -d ' ' -f 1)-$2.jsa"
    if mkdir -p "$cache" 2> /dev/null && [ -w "$cache" ] && { [ ! -e "$archive" ] || [ -w "$archive" ]; }; then
        find "$cache" -name '*.jsa' -mtime +30 -exec rm -f {} + 2> /dev/null
        # An archive older than the jars on the class path was made for an installation this one replaced
        # in the same folder: Java refuses it, since their times differ, and would never make it again.
        if [ "$launcher" -nt "$archive" ] || [ "$framework" -nt "$archive" ]; then
            rm -f "$archive"
        fi
        cds="-XX:+AutoCreateSharedArchive -XX:SharedArchiveFile=$archive -Xlog:cds*=off"
    fi
}

# miniana_exec_framework JVM-OPTIONS... -- FRAMEWORK-ARGUMENTS...: replaces the script with the
# framework's launcher, the class-data options of miniana_class_data and MINIANA_JAVA_OPTS after the
# given JVM options.
miniana_exec_framework() {
    jvm=
    while [ "$1" != -- ]; do
        jvm="$jvm $1"
        shift
    done
    shift
    exec "$JAVA" --add-opens java.base/jdk.internal.loader=ALL-UNNAMED -Dosgi.frameworkParentClassloader=app \
        -cp "$launcher:$framework" $cds $jvm ${MINIANA_JAVA_OPTS:-} org.eclipse.equinox.launcher.Main \
        -install "$here" -nosplash "$@"
}
