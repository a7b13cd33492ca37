# Sourced by the scripts: puts the machine-level tools from setup.sh on PATH.
MT_TOOLS=${MT_TOOLS:-/opt/mailtriage-tools}
export PATH="$MT_TOOLS/cargo/bin:$MT_TOOLS/npm/node_modules/.bin:$PATH"
export CHROMEDRIVER=${CHROMEDRIVER:-$(command -v chromedriver || echo /usr/bin/chromedriver)}
export CHROME_BIN=${CHROME_BIN:-$(command -v chromium || echo /usr/bin/chromium)}
