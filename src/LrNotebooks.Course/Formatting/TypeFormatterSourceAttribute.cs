namespace LrNotebooks.Course;

/// <summary>
/// Marks a type as formatted by <see cref="NotebookFormatterSource"/>. .NET Interactive recognises an
/// attribute with this exact name by convention (it reads <see cref="FormatterSourceType"/> by reflection),
/// so the core library renders nicely in notebooks without referencing any notebook package.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    /// <summary>The type whose <c>CreateTypeFormatters()</c> yields the formatters.</summary>
    public Type FormatterSourceType { get; } = formatterSourceType;

    /// <summary>
    /// The MIME types every display of the type carries, in order of preference; .NET Interactive reads this
    /// property by name too and then sends one representation per type (a MIME bundle). Null: its default.
    /// </summary>
    public string[]? PreferredMimeTypes { get; init; }
}
