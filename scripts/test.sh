#!/usr/bin/env bash
# Installs whatever is missing, then runs every check of the project, failing fast:
# formatting, UI lint/tests/build, clippy, Rust unit + integration tests, and the
# end-to-end tests that drive the real app window under Xvfb.
#
# Every cargo call selects the same packages and features (--workspace, tauri/custom-protocol):
# cargo unifies features over the selected packages, so a different selection would rebuild
# tokio, sqlx and everything above them once per call.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
[ -d "$HOME/.cargo/bin" ] && export PATH="$HOME/.cargo/bin:$PATH"

CARGO_SEL=(--workspace --features tauri/custom-protocol)

summary=()
stage_no=0
stage_total=10
now_ms() { date +%s%3N; }
secs() { printf '%d.%01d' "$(($1 / 1000))" "$((($1 % 1000) / 100))"; }

print_summary() {
  printf '\n==== summary\n'
  for line in "${summary[@]}"; do printf '  %s\n' "$line"; done
}

stage() {
  local name="$1"
  shift
  stage_no=$((stage_no + 1))
  printf '\n==== [%d/%d] %s\n==== $ %s\n' "$stage_no" "$stage_total" "$name" "$*"
  local t0 rc=0 dt
  t0="$(now_ms)"
  "$@" || rc=$?
  dt=$(($(now_ms) - t0))
  if [ "$rc" -ne 0 ]; then
    summary+=("FAILED  $(secs "$dt")s  $name")
    print_summary
    printf '\n#### FAILED: %s (exit %d, after %ss)\n' "$name" "$rc" "$(secs "$dt")" >&2
    exit "$rc"
  fi
  summary+=("ok  $(printf '%7s' "$(secs "$dt")")s  $name")
  printf -- '---- ok: %s (%ss)\n' "$name" "$(secs "$dt")"
}

t_all="$(now_ms)"

stage "dependencies" bash scripts/deps.sh --test
stage "rustfmt" cargo fmt --all --check
stage "UI lint" npm --prefix ui run lint
stage "UI unit tests (Vitest)" env CI=1 npm --prefix ui test
# The UI is built before anything compiles the app crate: tauri's build script and
# generate_context! need ui/dist, and the e2e binary embeds it.
stage "UI build" npm --prefix ui run build
stage "clippy" cargo clippy "${CARGO_SEL[@]}" --all-targets -- -D warnings
stage "Rust unit + integration tests" cargo test "${CARGO_SEL[@]}" --lib --bins --test it
stage "Rust doc tests" cargo test "${CARGO_SEL[@]}" --doc
stage "end-to-end build" cargo test "${CARGO_SEL[@]}" --test e2e --no-run
stage "end-to-end tests (Xvfb + tauri-driver)" \
  env WEBKIT_DISABLE_DMABUF_RENDERER=1 LIBGL_ALWAYS_SOFTWARE=1 \
  xvfb-run -a -s "-screen 0 1440x900x24" \
  dbus-run-session -- \
  cargo test "${CARGO_SEL[@]}" --test e2e -- --test-threads=1

print_summary
printf '\n==== all checks passed in %ss; screenshots in artifacts/e2e/\n' "$(secs $(($(now_ms) - t_all)))"
