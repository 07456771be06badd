namespace Chancery.Cli;

/// <summary>An argument the command cannot use, found once the store is open ("unknown partner 'Narnia'").</summary>
internal sealed class UsageException(string message) : Exception(message);
