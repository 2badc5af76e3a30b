# Sourced by the Mini Analysis scripts (POSIX sh, Linux and macOS). Sets JAVA_HOME and JAVA to a
# Java 21+ runtime: $JAVA_HOME if it is 21+, else Temurin 25, else any 21+ JDK under /usr/lib/jvm,
# else on macOS the newest 21+ that /usr/libexec/java_home knows, else the java on the PATH; stops
# with one message when there is none.
miniana_java_major() {
    [ -f "$1/release" ] || return 1
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}

miniana_find_java() {
    path_java=$(command -v java 2>/dev/null) && path_java=$(dirname "$(dirname "$(readlink -f "$path_java" 2>/dev/null)")")
    # macOS's /usr/bin/java is a stub outside any JDK: java_home names the installed JDKs' folders
    mac_java=
    [ -x /usr/libexec/java_home ] && mac_java=$(/usr/libexec/java_home -v 21+ 2>/dev/null)
    for home in ${JAVA_HOME:+"$JAVA_HOME"} /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/* ${mac_java:+"$mac_java"} \
            ${path_java:+"$path_java"}; do
        major=$(miniana_java_major "$home") || continue
        if [ -n "$major" ] && [ "$major" -ge 21 ] && [ -x "$home/bin/java" ]; then
            JAVA_HOME=$home
            JAVA=$home/bin/java
            export JAVA_HOME JAVA
            return 0
        fi
    done
    echo "miniana: no Java 21 or newer found (looked at \$JAVA_HOME, /usr/lib/jvm, macOS's java_home and the PATH); install one, e.g. Temurin 25, or set JAVA_HOME" >&2
    exit 1
}

miniana_find_java
