#!/usr/bin/env bash
# The shell steps of the CI recipes in this folder (GitHub Actions, GitLab CI, systemd), in one
# place, so that each recipe calls the same commands and a test can run exactly those.
#
#     partnerctl-ci.sh install              # the release tarball from $PARTNERCTL_URL, checked
#                                           # against $PARTNERCTL_SHA256, into $PARTNERCTL_PREFIX
#     partnerctl-ci.sh validate [CONFIG...] # exit 3 when a file is invalid
#     partnerctl-ci.sh plan [CONFIG]        # saves plan.json, appends the markdown plan to the summary
#     partnerctl-ci.sh apply                # applies exactly plan.json (exit 4 if the account changed)
#     partnerctl-ci.sh drift [CONFIG...]    # exit 2 on drift, 1 on an error; the report to the summary
#
# CONFIG defaults to partner.yaml. Environment (none of it is printed):
#   PARTNERCTL_URL, PARTNERCTL_SHA256   install: the tarball's URL (https:, or file: for a test)
#                                       and the SHA-256 you pinned (its .sha256 file's first word)
#   PARTNERCTL_PREFIX                   install: where it goes (default ~/.local/partnerctl); its
#                                       bin/ is added to GITHUB_PATH when that is set
#   PARTNERCTL_STORE, PGPASSWORD,       passed to partnerctl unchanged: the store URL and its
#   PARTNERCTL_LEDGER, PARTNERCTL_CLIENT_ID, PARTNERCTL_CLIENT_SECRET, PARTNERCTL_REFRESH_TOKEN
#                                       credentials (from your CI's secrets)
#   PARTNERCTL_PLAN                     the saved plan (default plan.json)
#   PARTNERCTL_SUMMARY                  a file the markdown plan or drift report is appended to
#                                       (default $GITHUB_STEP_SUMMARY; without either, a file
#                                       named plan.md or drift.md in the working directory)
#   PARTNERCTL_PASSWORDS_OUT            apply: the new file new users' temporary passwords go to
#                                       (default passwords.tsv; never upload it as an artifact)
# Exit codes are partnerctl's (README: Exit codes); `plan` turns its "changes present" (2) into 0.
set -uo pipefail

say() { echo "partnerctl-ci: $*" >&2; }
fail() { say "$*"; exit 1; }

partnerctl() {
    if [[ -n "${PARTNERCTL_PREFIX:-}" && -x "$PARTNERCTL_PREFIX/bin/partnerctl" ]]; then
        "$PARTNERCTL_PREFIX/bin/partnerctl" "$@"
    else
        command partnerctl "$@"
    fi
}

plan_file="${PARTNERCTL_PLAN:-plan.json}"

# The file a markdown report goes to: the summary named in the environment, else NAME.
summary_file() { echo "${PARTNERCTL_SUMMARY:-${GITHUB_STEP_SUMMARY:-$1}}"; }

install_tarball() {
    local url="${PARTNERCTL_URL:-}" sum="${PARTNERCTL_SHA256:-}" prefix="${PARTNERCTL_PREFIX:-$HOME/.local/partnerctl}"
    [[ -n "$url" ]] || fail "set PARTNERCTL_URL to the release tarball's URL"
    [[ "$sum" =~ ^[0-9a-f]{64}$ ]] || fail "set PARTNERCTL_SHA256 to the tarball's SHA-256 (64 hex digits) to pin it"
    # The prefix is replaced whole on an upgrade: only a folder this script installed (it has a
    # .sha256 file), or an empty or missing one, never a shared one such as /usr/local.
    if [[ -d "$prefix" && ! -f "$prefix/.sha256" && -n "$(ls -A "$prefix")" ]]; then
        fail "$prefix is not empty and was not installed by partnerctl-ci.sh: set PARTNERCTL_PREFIX to a folder of its own"
    fi
    if [[ -x "$prefix/bin/partnerctl" && "$(cat "$prefix/.sha256" 2>/dev/null)" == "$sum" ]]; then
        say "partnerctl $("$prefix/bin/partnerctl" --version) is already installed in $prefix"
    else
        local download
        download="$(mktemp -d)" || exit 1
        # shellcheck disable=SC2064  # expand now: the folder is this call's
        trap "rm -rf '$download'" EXIT
        curl --fail --silent --show-error --location --retry 3 --output "$download/partnerctl.tar.gz" "$url" \
            || fail "could not download the tarball"
        echo "$sum  $download/partnerctl.tar.gz" | sha256sum --check --quiet --strict >/dev/null 2>&1 \
            || fail "the tarball's SHA-256 is $(sha256sum "$download/partnerctl.tar.gz" | cut -d' ' -f1), not the pinned $sum; nothing installed"
        mkdir -p "$download/tree" && tar -xzf "$download/partnerctl.tar.gz" -C "$download/tree" --strip-components=1 \
            || fail "the tarball could not be unpacked"
        [[ -x "$download/tree/bin/partnerctl" ]] || fail "the tarball has no bin/partnerctl"
        rm -rf "$prefix" && mkdir -p "$(dirname "$prefix")" && mv "$download/tree" "$prefix" || fail "could not install into $prefix"
        echo "$sum" >"$prefix/.sha256"
        say "installed partnerctl $("$prefix/bin/partnerctl" --version) in $prefix"
    fi
    if [[ -n "${GITHUB_PATH:-}" ]]; then echo "$prefix/bin" >>"$GITHUB_PATH"; fi
}

# Without a store URL partnerctl would use a local SQLite file, new and empty on a CI runner: a
# plan against it would show the whole account as new, and drift would find nothing. Stop instead.
need_store() {
    [[ -n "${PARTNERCTL_STORE:-}" ]] || fail "PARTNERCTL_STORE is not set: pass the store URL from your CI's secrets (a pull request from a fork gets none)"
}

command="${1:-}"
shift || true
case "$command" in
    install)
        install_tarball
        ;;
    validate)
        # Under GitHub Actions, partnerctl writes annotations on the pull request's lines.
        partnerctl validate "${@:-partner.yaml}"
        ;;
    plan)
        (($# <= 1)) || fail "plan takes one configuration file"
        need_store
        partnerctl plan "${1:-partner.yaml}" --out "$plan_file" --detailed-exitcode
        status=$?
        ((status == 0 || status == 2)) || exit "$status"
        summary="$(summary_file plan.md)"
        partnerctl show "$plan_file" --format markdown >>"$summary" || exit
        say "plan saved in $plan_file; markdown in $summary"
        ;;
    apply)
        (($# == 0)) || fail "apply takes no arguments: it applies the saved plan $plan_file"
        need_store
        [[ -f "$plan_file" ]] || fail "no saved plan $plan_file: run 'partnerctl-ci.sh plan' first"
        partnerctl show "$plan_file"
        partnerctl apply --plan "$plan_file" --passwords-out "${PARTNERCTL_PASSWORDS_OUT:-passwords.tsv}"
        ;;
    drift)
        need_store
        summary="$(summary_file drift.md)"
        report="$(mktemp)" || exit 1
        partnerctl drift "${@:-partner.yaml}" --format markdown >"$report"
        status=$?
        cat "$report" >>"$summary" && cat "$report"
        rm -f "$report"
        case "$status" in
            0) say "no drift" ;;
            2) say "drift: the account differs from its configuration (report in $summary)" ;;
            *) say "the drift check failed (exit $status)" ;;
        esac
        exit "$status"
        ;;
    *)
        fail "usage: partnerctl-ci.sh install|validate|plan|apply|drift [CONFIG...]"
        ;;
esac
