namespace Archive.Core.Synthetic;

/// <summary>
/// The invented world the synthetic archive is written in: publishers, people, places, organisations,
/// topics and sentence templates. Lists are arrays in a fixed order; nothing here depends on hashing.
/// Some names carry characters that must be escaped or slugged with care (an apostrophe, an ampersand,
/// accented letters).
/// </summary>
internal static class Vocabulary
{
    public static readonly SyntheticSource[] Sources =
    [
        new("The Northern Ledger", "ledger.example.com", ["Home", "News", "World", "Business", "Sport", "Weather"], 0, 20),
        new("Harbour City Times", "hctimes.example.org", ["Front page", "City", "Politics", "Money", "Culture", "Opinion"], 1, 45),
        new("The Valley Courier", "valleycourier.example.net", ["Home", "Local", "Farming", "Schools", "Sport", "Letters"], 2, 10),
        new("Meridian Daily", "meridiandaily.example.com", ["Latest", "National", "International", "Science", "Arts"], 3, 60),
        new("Coastline Herald", "coastlineherald.example.org", ["News", "Harbour", "Environment", "Tourism", "Sport"], 0, 30),
        new("The Evening Beacon", "eveningbeacon.example.com", ["Home", "News", "Crime", "Health", "Entertainment"], 1, 25),
        new("Westmarch Post", "westmarchpost.example.net", ["News", "Region", "Transport", "Business", "What's on"], 2, 50),
        new("Capital Wire", "capitalwire.example.org", ["Top stories", "Politics", "Economy", "World", "Technology"], 3, 70),
    ];

    public static readonly SyntheticPerson[] People =
    [
        new("Helena Strand", "Ms", "the transport minister"),
        new("Tobias Renwick", "Mr", "the leader of the city council"),
        new("Amara Obi-Lowe", "Dr", "a public health researcher"),
        new("Jonas Feldmark", "Mr", "the finance minister"),
        new("Priya Castellan", "Ms", "the mayor"),
        new("Oskar Lindahl", "Mr", "the chief executive of the port authority"),
        new("Niamh O'Rourke", "Ms", "the opposition spokeswoman on housing"),
        new("Dmitri Valk", "Mr", "a trade negotiator"),
        new("Grace Achterberg", "Dr", "the chief scientist"),
        new("Samuel Okonjo", "Mr", "the head of the teachers' union"),
        new("Inès Marlowe", "Ms", "the environment secretary"),
        new("Yusuf Halloran", "Mr", "the police commissioner"),
        new("Clara Benedetti", "Ms", "the director of the national museum"),
        new("Rafael Dunmore", "Mr", "the football club's manager"),
        new("Ingrid Solvang", "Ms", "the foreign minister"),
        new("Kofi Ashworth", "Mr", "a farmer and campaigner"),
        new("Beatrix Hale", "Ms", "the head of the water board"),
        new("Lukas Penrose", "Mr", "the energy regulator"),
        new("Mei Tanaka-Ross", "Dr", "a climate scientist"),
        new("Hamish Calder", "Mr", "the prime minister"),
        new("Sofia Karvonen", "Ms", "the health secretary"),
        new("Edgar Moreland", "Mr", "a retired judge"),
    ];

    public static readonly string[] Places =
    [
        "Kestrel Bay", "Thornbury Vale", "Eastmere", "Carrow Heath", "Wyndham Cross", "Saltmarsh",
        "Harbour City", "Westmarch", "Brackenford", "Lowmoor", "Aldergate", "Fenwick Sands",
        "Lisbon", "Oslo", "Nairobi", "Montreal", "Valparaíso", "Brisbane", "Kraków", "Osaka",
    ];

    public static readonly string[] Organisations =
    [
        "Kestrel Bay Council", "National Rail Authority", "Harlow & Finch", "Coastal Water Board",
        "Union of Teachers", "Meridian Energy Group", "Northern Fisheries Cooperative",
        "Institute for Public Budgets", "Red Kite Aviation", "Greenway Foundation",
        "Central Statistics Office", "Port Authority of Harbour City", "Valley Farmers' Association",
        "National Museum", "Westmarch United",
    ];

    public static readonly SyntheticTopic[] Topics =
    [
        new("Transport", ["tram line", "bypass", "bus network", "rail link", "cycle route"], ["delays", "rising fares", "cancelled services"], ["Rail", "Local government"]),
        new("Rail", ["high-speed line", "station upgrade", "night train", "freight terminal"], ["overcrowding", "signal failures", "strikes"], ["Transport", "Budget"]),
        new("Housing", ["housing estate", "rent cap", "social housing scheme", "tower block"], ["rising rents", "long waiting lists", "damp homes"], ["Local government", "Budget"]),
        new("Health", ["hospital wing", "vaccination drive", "walk-in clinic", "ambulance station"], ["waiting times", "staff shortages", "winter pressures"], ["Budget", "Science"]),
        new("Education", ["secondary school", "school meals plan", "university campus", "reading scheme"], ["teacher shortages", "crumbling classrooms", "falling rolls"], ["Budget", "Local government"]),
        new("Climate", ["carbon target", "tree-planting scheme", "emissions plan", "heat strategy"], ["heatwaves", "missed targets", "rising sea levels"], ["Energy", "Floods", "Science"]),
        new("Energy", ["wind farm", "solar park", "tidal barrage", "heat network"], ["power cuts", "rising bills", "grid delays"], ["Climate", "Business"]),
        new("Courts", ["court ruling", "appeal", "public inquiry", "sentencing review"], ["case backlogs", "legal costs", "delayed trials"], ["Policing"]),
        new("Policing", ["neighbourhood patrol", "police station", "knife amnesty", "speed camera scheme"], ["burglaries", "car thefts", "anti-social behaviour"], ["Courts", "Local government"]),
        new("Trade", ["trade deal", "customs agreement", "export scheme", "tariff review"], ["border queues", "tariffs", "falling exports"], ["Business", "Diplomacy", "Ports"]),
        new("Farming", ["subsidy scheme", "farmers' market", "hedgerow plan", "grain store"], ["drought", "low milk prices", "crop disease"], ["Trade", "Weather"]),
        new("Fisheries", ["fishing quota", "fish market", "harbour dredging", "marine reserve"], ["falling catches", "quota disputes", "storm damage"], ["Ports", "Trade"]),
        new("Arts", ["theatre season", "concert hall", "arts festival", "gallery extension"], ["funding cuts", "falling audiences", "closures"], ["Heritage", "Tourism"]),
        new("Libraries", ["library", "mobile library", "archive reading room", "digitisation project"], ["closures", "shorter opening hours", "funding cuts"], ["Heritage", "Local government"]),
        new("Football", ["stadium", "youth academy", "cup run", "transfer"], ["injuries", "a poor run of form", "ticket prices"], ["Sport"]),
        new("Sport", ["sports centre", "marathon", "swimming pool", "athletics track"], ["rising costs", "closures", "falling membership"], ["Football", "Health"]),
        new("Science", ["research centre", "telescope", "laboratory", "space mission"], ["funding gaps", "delays", "a shortage of engineers"], ["Technology", "Health"]),
        new("Technology", ["broadband roll-out", "data centre", "online service", "smart meter scheme"], ["outages", "data breaches", "slow connections"], ["Science", "Business"]),
        new("Weather", ["storm warning", "flood defence", "gritting plan", "weather station"], ["high winds", "heavy snow", "flash flooding"], ["Floods", "Transport"]),
        new("Floods", ["flood barrier", "sea wall", "drainage scheme", "river defence"], ["flooding", "burst banks", "storm surges"], ["Weather", "Climate"]),
        new("Budget", ["spending plan", "tax change", "budget", "pay award"], ["a deficit", "cuts", "rising borrowing"], ["Business", "Local government"]),
        new("Business", ["factory", "business park", "takeover", "jobs scheme"], ["job losses", "falling profits", "supply problems"], ["Trade", "Budget"]),
        new("Tourism", ["visitor centre", "cruise terminal", "heritage trail", "beach upgrade"], ["falling visitor numbers", "overcrowding", "litter"], ["Heritage", "Ports"]),
        new("Diplomacy", ["summit", "peace talks", "state visit", "embassy"], ["a breakdown in talks", "sanctions", "a diplomatic row"], ["Trade"]),
        new("Ports", ["container terminal", "ferry route", "harbour wall", "port expansion"], ["congestion", "strikes", "storm damage"], ["Trade", "Fisheries"]),
        new("Heritage", ["castle restoration", "museum", "listed building", "old market hall"], ["neglect", "repair bills", "vandalism"], ["Arts", "Tourism"]),
        new("Local government", ["council", "town hall", "local election", "council tax plan"], ["cuts", "a budget gap", "a row over spending"], ["Budget", "Housing"]),
        new("Water", ["reservoir", "water treatment works", "hosepipe ban", "sewer upgrade"], ["leaks", "sewage spills", "low reservoirs"], ["Climate", "Weather"]),
    ];

    public static readonly string[] Reporters =
    [
        "Elin Maddox", "Patrick Huang", "Rosa Villanueva", "Tom Ashdown", "Anya Petrenko", "Colm Brennan",
        "Fatima Rahman", "George Whitlock", "Lena Kovač", "Marcus Bell",
    ];

    public static readonly string[] ReporterRoles =
    [
        "Political correspondent", "Transport correspondent", "Business reporter", "Environment editor",
        "Local democracy reporter", "Health correspondent", "Chief reporter", "Science writer",
    ];

    /// <summary>Headline templates: {place}, {thing}, {problem}, {org}, {person}, {number}, {money}.</summary>
    public static readonly string[] Headlines =
    [
        "{Place} {thing} plan approved after {number}-month review",
        "{org} warns of {problem} in {place}",
        "Row over {thing} deepens in {place}",
        "{person} to review {thing} after {problem}",
        "New {thing} opens in {place}",
        "{place} residents oppose {thing}",
        "Cost of {place} {thing} rises to {money}",
        "{Thing} delayed again, {org} says",
        "'We will not give up': {place} fights for its {thing}",
        "{person} defends {thing} as {problem} grow",
        "{place} and {place2} agree to share {thing}",
        "{Problem} hit {place} for a {ordinal} year",
    ];

    public static readonly string[] Standfirsts =
    [
        "The decision follows years of complaints about {problem} in the area.",
        "Supporters say the {thing} will help {place}; critics say the money is needed elsewhere.",
        "{org} says the plans are the most ambitious in a generation.",
        "It is the {ordinal} time since {year0} that the {thing} has been debated.",
    ];

    /// <summary>Body sentence templates. {person}/{Short} are the story's main person, in full and as a later mention.</summary>
    public static readonly string[] Sentences =
    [
        "{org} approved plans for a new {thing} in {place} on {weekday}, ending a dispute that had lasted {number} months.",
        "The {thing} is expected to cost about {money} and to be finished by {yearAfter}.",
        "{person}, {role}, said the decision was long overdue.",
        "Critics, including {org2}, argue that the money would be better spent on the {thing2}.",
        "Figures published by the Central Statistics Office show that {problem} in {place} rose by {percent}% last year.",
        "{Short} told reporters in {place2} that no final decision had yet been taken.",
        "A public consultation will run until the end of {month}.",
        "Residents of {place} have complained about {problem} for several years.",
        "Officials said {number} people had written to the council about the {thing}.",
        "{org2} declined to comment on the figures.",
        "The plans were first put forward in {year0}, but were shelved after a change of leadership.",
        "Campaigners gathered outside the town hall in {place} on {weekday} morning.",
        "{Short} has faced growing pressure from within {pronoun} own party over the issue.",
        "Similar schemes in {place2} have had mixed results, according to a study by {org2}.",
        "Work is due to begin in {month}, weather permitting.",
        "A spokesperson for {org} said lessons had been learned from earlier mistakes.",
        "Local businesses say {problem} have cost them trade.",
        "The {thing2} is not affected by the decision.",
    ];

    /// <summary>What people say in quotes; a story quotes its main person with one of these.</summary>
    public static readonly string[] Quotes =
    [
        "We have listened to people in {place} and we are ready to act.",
        "This is a good day for everyone who has waited so long.",
        "Nobody should pretend that this will be easy or cheap.",
        "The numbers simply do not add up, and people deserve the truth.",
        "We owe it to the next generation to get this right.",
        "I understand the anger, and I share some of it.",
    ];

    public static readonly string[] Subheadings =
    [
        "What happens next", "Years of delay", "A divided town", "The cost", "Reaction", "Background",
    ];

    public static readonly string[] Weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    public static readonly string[] Ordinals = ["second", "third", "fourth", "fifth"];

    /// <summary>Headings of the promo rail that follows an article.</summary>
    public static readonly string[] PromoHeadings = ["Most read", "Top stories", "Most popular", "Trending now"];
}
