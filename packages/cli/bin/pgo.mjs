#!/usr/bin/env node
// The `pgo` command. A committed file, so npm links it at install, before `prepare` builds dist/.
import '../dist/main.js';
