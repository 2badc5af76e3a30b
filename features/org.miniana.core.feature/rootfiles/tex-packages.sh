# Sourced by the Mini Analysis scripts (POSIX sh): what the LaTeX paper report needs, pdflatex with
# booktabs (texlive-latex-recommended) and the Latin Modern fonts, and how to install it on Debian
# and Ubuntu (apt-get, through sudo unless root).

# Prints the Debian packages that are missing, space-separated (nothing when all are there).
miniana_missing_tex() {
    missing=
    command -v pdflatex > /dev/null 2>&1 || missing="$missing texlive-latex-base"
    kpsewhich booktabs.sty > /dev/null 2>&1 || missing="$missing texlive-latex-recommended"
    kpsewhich lmodern.sty > /dev/null 2>&1 || missing="$missing lmodern"
    printf %s "$missing"
}

# Installs the given Debian packages with apt-get.
miniana_apt_install() {
    if ! command -v apt-get > /dev/null 2>&1; then
        echo "miniana: no apt-get here; install $* with your system's package manager" >&2
        return 1
    fi
    sudo=
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo apt-get update -q && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "$@"
}

# `miniana setup-tex`: installs what the paper needs, or says that it is there.
miniana_setup_tex() {
    missing=$(miniana_missing_tex)
    if [ -z "$missing" ]; then
        echo "miniana: pdflatex and the paper's LaTeX packages are installed"
        return 0
    fi
    echo "miniana: installing$missing (about 250 MB) for the LaTeX paper" >&2
    # shellcheck disable=SC2086 # one word per package
    miniana_apt_install $missing
}

# Before `analyze` on a terminal without TeX: offers the installation once (the answer no is
# remembered in $1, a file), so that the main job's paper comes with its PDF.
miniana_offer_tex() {
    [ -t 0 ] && [ -t 2 ] || return 0
    # only where it can install (macOS has no apt-get; the run then says what to install)
    command -v apt-get > /dev/null 2>&1 || return 0
    [ -e "$1" ] && return 0
    missing=$(miniana_missing_tex)
    [ -n "$missing" ] || return 0
    printf 'miniana: the paper report needs pdflatex (Debian packages:%s). Install it now with apt-get? [y/N] ' "$missing" >&2
    read -r answer
    case $answer in
        [yY]*) miniana_setup_tex ;;
        *) mkdir -p "$(dirname "$1")" 2> /dev/null && : > "$1"
           echo "miniana: not asking again; \`miniana setup-tex\` installs it later" >&2 ;;
    esac
}
