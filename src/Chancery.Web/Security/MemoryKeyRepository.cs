using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace Chancery.Web.Security;

/// <summary>
/// Keeps the data-protection keys (they protect anti-forgery tokens and the sign-in cookie) in memory: nothing is
/// written to the disk, and a restart of the server asks people to sign in and send their forms again.
/// </summary>
internal sealed class MemoryKeyRepository : IXmlRepository
{
    private readonly List<XElement> keys = [];

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        lock (keys)
        {
            return [.. keys.Select(k => new XElement(k))];
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        lock (keys)
        {
            keys.Add(new XElement(element));
        }
    }
}
