namespace LrNotebooks.Site.Math;

/// <summary>
/// The TeX commands with a fixed rendering: Greek letters, operators, relations, arrows, delimiters, big
/// operators, named functions, spaces, accents and font/text commands. Structural commands (<c>\frac</c>,
/// <c>\sqrt</c>, <c>\left</c>, <c>\begin</c>, ...) are handled by <see cref="TexParser"/> itself.
/// </summary>
internal static class TexSymbolTable
{
    private static readonly Dictionary<string, TexSymbol> Symbols = Build();

    /// <summary>Looks up a command name (without backslash).</summary>
    public static bool TryGet(string name, out TexSymbol symbol) => Symbols.TryGetValue(name, out symbol!);

    /// <summary>Every command name in the table (for tests and documentation).</summary>
    public static IEnumerable<string> Names => Symbols.Keys;

    private static Dictionary<string, TexSymbol> Build()
    {
        var table = new Dictionary<string, TexSymbol>(StringComparer.Ordinal);

        void Add(TexSymbolKind kind, string pairs)
        {
            foreach (var pair in pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var separator = pair.IndexOf('=', 1);
                table[pair[..separator]] = new TexSymbol(kind, pair[(separator + 1)..]);
            }
        }

        Add(TexSymbolKind.Identifier,
            "alpha=α beta=β gamma=γ delta=δ epsilon=ϵ varepsilon=ε zeta=ζ eta=η theta=θ vartheta=ϑ iota=ι kappa=κ " +
            "varkappa=ϰ lambda=λ mu=μ nu=ν xi=ξ omicron=ο pi=π varpi=ϖ rho=ρ varrho=ϱ sigma=σ varsigma=ς tau=τ " +
            "upsilon=υ phi=ϕ varphi=φ chi=χ psi=ψ omega=ω ell=ℓ partial=∂ hbar=ℏ imath=ı jmath=ȷ wp=℘");
        Add(TexSymbolKind.UprightIdentifier,
            "Gamma=Γ Delta=Δ Theta=Θ Lambda=Λ Xi=Ξ Pi=Π Sigma=Σ Upsilon=Υ Phi=Φ Psi=Ψ Omega=Ω " +
            "varGamma=Γ varDelta=Δ varTheta=Θ varLambda=Λ varPi=Π varSigma=Σ varPhi=Φ varPsi=Ψ varOmega=Ω " +
            "nabla=∇ infty=∞ emptyset=∅ varnothing=∅ aleph=ℵ Re=ℜ Im=ℑ top=⊤ bot=⊥ angle=∠ triangle=△ " +
            "prime=′ dagger=† ddagger=‡ checkmark=✓ Box=□ diamond=⋄ clubsuit=♣ heartsuit=♡ spadesuit=♠ " +
            "%=% $=$ #=# _=_ &=&");
        Add(TexSymbolKind.Operator,
            // binary operators
            "pm=± mp=∓ times=× div=÷ cdot=⋅ ast=∗ star=⋆ circ=∘ bullet=∙ oplus=⊕ ominus=⊖ otimes=⊗ oslash=⊘ " +
            "odot=⊙ cup=∪ cap=∩ sqcup=⊔ sqcap=⊓ setminus=∖ smallsetminus=∖ wedge=∧ vee=∨ land=∧ lor=∨ neg=¬ " +
            "lnot=¬ intercal=⊺ amalg=⨿ " +
            // relations
            "le=≤ leq=≤ ge=≥ geq=≥ leqslant=⩽ geqslant=⩾ ne=≠ neq=≠ approx=≈ approxeq=≊ sim=∼ simeq=≃ cong=≅ " +
            "equiv=≡ propto=∝ ll=≪ gg=≫ lesssim=≲ gtrsim=≳ prec=≺ succ=≻ preceq=⪯ succeq=⪰ subset=⊂ supset=⊃ " +
            "subseteq=⊆ supseteq=⊇ subsetneq=⊊ in=∈ notin=∉ ni=∋ perp=⊥ parallel=∥ nparallel=∦ mid=∣ nmid=∤ " +
            "coloneqq=≔ eqqcolon=≕ triangleq=≜ doteq=≐ models=⊨ vdash=⊢ dashv=⊣ asymp=≍ " +
            // arrows
            "to=→ rightarrow=→ leftarrow=← gets=← leftrightarrow=↔ Rightarrow=⇒ Leftarrow=⇐ Leftrightarrow=⇔ " +
            "implies=⟹ impliedby=⟸ iff=⟺ mapsto=↦ longmapsto=⟼ longrightarrow=⟶ longleftarrow=⟵ " +
            "Longrightarrow=⟹ Longleftarrow=⟸ uparrow=↑ downarrow=↓ Uparrow=⇑ Downarrow=⇓ updownarrow=↕ " +
            "nearrow=↗ searrow=↘ nwarrow=↖ swarrow=↙ rightleftharpoons=⇌ hookrightarrow=↪ " +
            // logic and punctuation
            "forall=∀ exists=∃ nexists=∄ therefore=∴ because=∵ colon=: ldotp=. cdotp=⋅ " +
            "dots=… ldots=… cdots=⋯ vdots=⋮ ddots=⋱ dotsc=… dotsb=⋯ dotsm=⋯ dotsi=⋯ dotso=… backslash=∖");
        Add(TexSymbolKind.Delimiter,
            "{={ }=} langle=⟨ rangle=⟩ lfloor=⌊ rfloor=⌋ lceil=⌈ rceil=⌉ lvert=| rvert=| vert=| |=‖ Vert=‖ " +
            "lVert=‖ rVert=‖ lbrace={ rbrace=} lbrack=[ rbrack=] lgroup=⟮ rgroup=⟯");
        Add(TexSymbolKind.LargeOperator,
            "sum=∑ prod=∏ coprod=∐ bigcup=⋃ bigcap=⋂ bigoplus=⨁ bigotimes=⨂ bigodot=⨀ bigvee=⋁ bigwedge=⋀ " +
            "bigsqcup=⨆ biguplus=⨄");
        Add(TexSymbolKind.Integral, "int=∫ iint=∬ iiint=∭ oint=∮ oiint=∯");
        Add(TexSymbolKind.LimitFunction,
            "lim=lim liminf=lim\u2006inf limsup=lim\u2006sup min=min max=max sup=sup inf=inf det=det Pr=Pr " +
            "gcd=gcd argmin=arg\u2006min argmax=arg\u2006max");
        Add(TexSymbolKind.Function,
            "log=log ln=ln lg=lg exp=exp sin=sin cos=cos tan=tan sec=sec csc=csc cot=cot arcsin=arcsin " +
            "arccos=arccos arctan=arctan sinh=sinh cosh=cosh tanh=tanh coth=coth arg=arg deg=deg dim=dim " +
            "hom=hom ker=ker sgn=sgn Tr=Tr tr=tr diag=diag rank=rank softmax=softmax");
        Add(TexSymbolKind.Space,
            ",=0.1667em :=0.2222em >=0.2222em ;=0.2778em quad=1em qquad=2em enspace=0.5em " +
            "thinspace=0.1667em medspace=0.2222em thickspace=0.2778em !=-0.1667em negthinspace=-0.1667em");
        Add(TexSymbolKind.Accent,
            "hat=ˆ bar=¯ tilde=˜ dot=˙ ddot=¨ vec=→ check=ˇ breve=˘ acute=´ grave=` mathring=˚");
        Add(TexSymbolKind.WideAccent,
            "overline=‾ widehat=ˆ widetilde=˜ overbrace=⏞ overrightarrow=→ overleftarrow=← overleftrightarrow=↔");
        Add(TexSymbolKind.UnderAccent, "underline=_ underbrace=⏟");
        Add(TexSymbolKind.Font,
            "mathrm=Normal mathup=Normal operatorname=Normal mathbf=Bold mathit=Italic boldsymbol=BoldItalic bm=BoldItalic " +
            "mathbb=DoubleStruck mathcal=Script mathscr=Script mathfrak=Fraktur mathsf=SansSerif mathtt=Monospace");
        Add(TexSymbolKind.Text,
            "text= textrm= mbox= textnormal= textup= textbf=font-weight:bold textit=font-style:italic " +
            "emph=font-style:italic textsf=font-family:sans-serif texttt=font-family:monospace");
        Add(TexSymbolKind.Ignored, "limits= nolimits= hline= nonumber= notag= displaylimits= mathstrut= strut= " +
            "relax= allowbreak= nobreak=");

        // The space control symbol "\ " cannot be written in the space-separated list above.
        table[" "] = new TexSymbol(TexSymbolKind.Space, "0.25em");
        return table;
    }
}
