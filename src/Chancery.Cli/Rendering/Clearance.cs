using Chancery.Domain;

namespace Chancery.Cli.Rendering;

/// <summary>Whoever runs the command line on a database file holds it whole: they see every classification.</summary>
internal static class Clearance
{
    public const Classification Local = Classification.Confidential;
}
