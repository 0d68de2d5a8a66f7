package main

// Article is a page that readers comment on.
type Article struct {
	Slug       string // stored with each comment
	Path       string // where the article is served
	Title      string
	Byline     string
	Date       string
	Paragraphs []string
}

// sampleArticle is the one article this example serves. Its text was written
// for this example.
var sampleArticle = Article{
	Slug:   "rooftop-bees",
	Path:   "/",
	Title:  "A year of keeping bees on a city roof",
	Byline: "Mara Lindqvist",
	Date:   "14 September 2026",
	Paragraphs: []string{
		"When the building's residents' committee agreed to let me put two hives on the flat roof above " +
			"the fourth floor, most of my neighbours expected a summer of stings and complaints. What they " +
			"got instead was forty kilos of honey that tasted, depending on the week, of lime trees, " +
			"railway-side bramble and the lavender someone on the third floor grows in old paint tins.",
		"City bees do surprisingly well. A street lined with trees is a long, continuous meadow turned on " +
			"its side, and gardens, parks and balconies bloom one after the other from March to October. " +
			"What they lack is water: on hot days the colonies sent foragers to the gutters until I set out " +
			"a shallow tray with pebbles, which became the busiest spot on the roof.",
		"The hardest part was not the bees but the wind. At roof height a gust that would barely move a " +
			"washing line can lift a hive lid, so everything is strapped down, and the hives face away " +
			"from the prevailing westerlies. Inspections happen on calm mornings, before the bees are " +
			"fully awake and before the office across the street fills its windows with curious faces.",
		"If you are thinking about trying it, talk to your neighbours first, find a local association " +
			"with a mentor, and start with one colony rather than two. And if you have kept bees in a city " +
			"yourself, I would love to hear how you dealt with the wind, and what your honey tastes of.",
	},
}
