#if (hasLicense)
// Copyright (c) 2026 The project authors
// SPDX-License-Identifier: Apache-2.0
#endif
namespace E2eBatch.Configuration;

/// <summary>A configuration file or command-line value that cannot be used; the message says where and what to do.</summary>
internal sealed class ConfigurationException(string message, Exception? innerException = null)
    : Exception(message, innerException);
