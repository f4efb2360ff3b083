import type { ClusterDocument } from '../cluster.js'

/**
 * Unrelated news articles written for the clustering tests. Two of them sit close to a typical
 * defence-and-diplomacy story (Vietnamese exports, Russian gas) so that grouping on country names
 * alone would wrongly merge them.
 */
export const unrelatedArticles: readonly ClusterDocument[] = [
  {
    id: 'coffee-exports',
    title: 'Coffee exports from the Central Highlands climb as prices hold',
    text: `Coffee shipments from Vietnam rose 14 percent in the first nine months of the year, the agriculture ministry in Hanoi reported on Tuesday, as growers in the Central Highlands provinces of Dak Lak and Lam Dong benefited from high robusta prices on the London exchange.
Exporters sold about 1.2 million tonnes of beans, most of it to Germany, Italy and Japan. Traders said a dry spell in Brazil had pushed buyers toward Asian suppliers, and several roasters signed contracts for the next harvest months earlier than usual.
Farmers are replacing ageing trees with new seedlings and planting durian between the rows to spread their risk, according to the Vietnam Coffee and Cocoa Association. The association warned that heavy rain in October could delay picking and lower the quality of the crop.
Analysts at a brokerage in Ho Chi Minh City expect the export value to pass 5 billion dollars for the full year, a record, although they cautioned that prices could fall quickly once Brazilian output recovers.`,
  },
  {
    id: 'gas-pipeline',
    title: 'Pipeline gas flows to Central Europe fall after transit deal lapses',
    text: `Natural gas deliveries through the last remaining transit route into Central Europe dropped sharply this week after a contract between the pipeline operators expired at midnight on Sunday, grid data showed.
Slovakia and Austria, which still bought part of their supply under long-term agreements, said storage sites were more than 90 percent full and that households would not be affected this winter. Traders in Amsterdam pushed the benchmark price up by 6 percent on Monday before it eased in the afternoon.
The European Commission said member states had prepared for the end of the contract for more than a year, adding liquefied natural gas terminals in Poland and Germany and new interconnectors in the Balkans. Energy ministers will meet in Brussels on Thursday to review the winter outlook.
Industrial users in Hungary asked their government for help with higher bills, and a chemicals maker near Bratislava said it would cut output at one of its plants until prices settle.`,
  },
  {
    id: 'city-budget',
    text: `The city council of Riverside approved a 412 million dollar budget late on Wednesday after a six-hour meeting in which residents lined up to speak about bus routes, library hours and the cost of new police cars.
The plan raises spending on road repairs by 18 percent and keeps property tax rates unchanged for a third year. Council member Angela Ortiz, who voted against it, said the budget relied on optimistic sales tax forecasts and left too little in reserve for a downturn.
Mayor Daniel Brooks called the vote a balanced compromise. The library will open on Sundays again from March, and two bus lines that were cut during the pandemic will return, he said.
A proposal to build a new fire station in the northern district was postponed until engineers finish a study of the site, which floods after heavy storms.`,
  },
  {
    id: 'football-final',
    title: 'Late header hands Northport the cup',
    text: `Northport won the regional cup for the first time in 27 years on Saturday, beating Eastfield 2-1 with a header from defender Samuel Okafor in the 88th minute in front of 31,000 fans.
Eastfield had taken the lead shortly after half-time through a low shot from Marco Lindqvist, but Northport pressed for most of the second half and equalised from a penalty awarded after a long video review.
Coach Helen Marsh said her players had trained for set pieces all week. "We knew a corner could decide it," she told reporters, adding that the squad would celebrate with supporters at the town hall on Sunday.
Eastfield's manager complained about the penalty decision and said his club would ask the league to explain how the referee reached it.`,
  },
  {
    id: 'chip-earnings',
    title: 'Chipmaker beats forecasts on data-centre demand',
    text: `Semiconductor maker Quantell reported third-quarter revenue of 8.3 billion dollars on Thursday, ahead of analyst expectations, as orders for data-centre processors used in machine learning kept growing.
Net income rose to 1.9 billion dollars from 1.1 billion a year earlier. The company raised its full-year outlook and said a new factory in Arizona would start production of its most advanced chips in the second half of next year.
Chief executive Priya Raman told analysts on a conference call that supply of high-bandwidth memory remained the main constraint and that the company had signed long-term purchase agreements with two suppliers.
Shares rose 7 percent in extended trading. Sales of chips for personal computers fell slightly, which the company blamed on weak consumer demand in Europe.`,
  },
  {
    id: 'wildfire',
    text: `Firefighters in the western province of Alberta were battling more than 60 wildfires on Friday, and officials ordered about 4,500 residents of two towns to leave their homes as strong winds pushed the largest blaze toward a highway.
Provincial authorities said the fire near the town of Pine Lake had grown to 12,000 hectares in two days. Water bombers from neighbouring provinces were sent to help, and evacuation centres opened in schools and arenas.
Forecasters expect cooler weather and rain early next week, which could give crews a chance to build containment lines. No injuries had been reported, but several cabins and a sawmill were destroyed.
The season has started earlier than usual after a winter with little snow, and officials urged campers to respect the ban on open fires.`,
  },
]
