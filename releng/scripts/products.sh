# Sourced by ./miniana and ./miniana-workbench (POSIX sh): finds Java 21+ and (re)builds the
# materialized products when they are missing or older than any source file.
miniana_root=$(cd "$(dirname "$0")" && pwd)
. "$miniana_root/features/org.miniana.core.feature/rootfiles/find-java.sh"
miniana_products=$miniana_root/releng/org.miniana.product/target/products

# This machine's platform as the build names it (os/ws/arch), and where an installation's files are
# below its folder: on macOS in its Contents/Eclipse (the folder is NAME.app there).
case $(uname -s) in
    Darwin) miniana_platform=macosx/cocoa miniana_layout=/Contents/Eclipse ;;
    *) miniana_platform=linux/gtk miniana_layout= ;;
esac
case $(uname -m) in
    arm64 | aarch64) miniana_platform=$miniana_platform/aarch64 ;;
    *) miniana_platform=$miniana_platform/x86_64 ;;
esac

# $1: product uid. Sets miniana_product to the newest installation of it for this platform (the
# folder's name holds the version), or to nothing.
miniana_find_product() {
    miniana_product=$(ls -dt "$miniana_products/$1/$miniana_platform"/*/ 2> /dev/null | head -n 1)
    [ -z "$miniana_product" ] || miniana_product=${miniana_product%/}$miniana_layout
}

# $1: product uid (org.miniana.product.cli or org.miniana.product.workbench). Sets miniana_product to its folder.
miniana_build_if_needed() {
    miniana_find_product "$1"
    stamp=$miniana_product/configuration/config.ini
    if [ -n "$miniana_product" ] && [ -f "$stamp" ] && [ -z "$(cd "$miniana_root" && find pom.xml .mvn bundles features releng/org.miniana.target \
            releng/org.miniana.product releng/scripts -type f -newer "$stamp" -not -path '*/target/*' -not -path '*/bin/*' -not -name '.polyglot.*' -print -quit)" ]; then
        return 0
    fi
    log=$miniana_root/target/build.log
    mkdir -p "$miniana_root/target"
    echo "Building the Mini Analysis products (first run, or sources changed); log: $log" >&2
    if ! (cd "$miniana_root" && ./mvnw -B package -DskipTests > "$log" 2>&1); then
        tail -n 40 "$log" >&2
        echo "miniana: the build failed; see $log" >&2
        exit 1
    fi
    miniana_find_product "$1"
}
