namespace Chancery.Web.Hosting;

/// <summary>The day it is where Chancery runs: what "overdue" and "next expected" are measured from.</summary>
internal static class Calendar
{
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
