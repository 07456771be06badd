namespace Chancery.App;

/// <summary>What can be exported: each list of the workspace, the network of who met whom, and the log as event records.</summary>
public enum ExportList
{
    Engagements,
    Partners,
    People,
    Mechanisms,
    Plans,
    Network,
    Events,
}
