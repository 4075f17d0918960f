#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
using E2eBatch.Cli;

return await AppCommand.Create().Parse(args).InvokeAsync();
