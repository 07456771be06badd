using System.Text.Json.Serialization;

namespace Chancery.Store.Sql;

/// <summary>The JSON the store writes into columns: lists of names and of ids.</summary>
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(long[]))]
internal sealed partial class StoreJsonContext : JsonSerializerContext;
