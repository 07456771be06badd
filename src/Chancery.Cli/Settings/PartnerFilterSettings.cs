using System.ComponentModel;
using Chancery.App;
using Chancery.Domain;
using Spectre.Console.Cli;

namespace Chancery.Cli.Settings;

/// <summary>A list that can be narrowed to one partner, given by code or name.</summary>
public class PartnerFilterSettings : ListSettings
{
    [CommandOption("-p|--partner <PARTNER>")]
    [Description("A state or organisation by ISO code or name: RU, Russia, \"Viet Nam\", EU.")]
    public string? Partner { get; init; }

    /// <summary>The partner the option names among the store's actors; null without the option.</summary>
    /// <exception cref="UsageException">The option names no actor the store knows.</exception>
    public ActorId? PartnerIn(ActorDirectory actors) =>
        Partner is null ? null : actors.Resolve(Partner) ?? throw new UsageException($"--partner '{Partner}' is no state or organisation Chancery knows");
}
