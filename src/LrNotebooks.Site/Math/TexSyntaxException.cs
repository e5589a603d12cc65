namespace LrNotebooks.Site.Math;

/// <summary>Malformed TeX (unbalanced braces, a missing argument, <c>\left</c> without <c>\right</c>, ...).</summary>
internal sealed class TexSyntaxException(string message) : Exception(message);
