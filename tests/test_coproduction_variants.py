"""Issue 16, twenty-second session (cop9): a variation sweep over the shapes the issue names.

Each shape (a frame with no link word, an event whose content is consultation, a purpose, the
activity in a neighbouring sentence or under a heading, other verbs, quoted claims, "following
consultation" as the evidence) written again in other words, as a council or NHS writer might,
and the negatives beside each (shared power, definitions, aims, critiques, partnership between
agencies, a team's name). All sentences are our own. A row that moves here is a change in how
the rule generalises, and must be one we meant."""

import pytest

from plainlint.api import check_text
from plainlint.config import Config

RULE = "consultation-as-co-production"


def fires(text):
    r = check_text(text.replace("\\n", "\n"), Config(select=[RULE]), fmt="text", name="example.txt")
    assert r.error is None, r.error
    return [f for f in r.findings if f.rule == RULE]


MUST_FIRE = [
    'As part of our co-design work, a questionnaire was sent to every tenant.',
    'Under our co-production approach, residents were invited to complete an online poll.',
    'Through our co-produced approach, people gave feedback at three drop-in sessions.',
    'In the co-design phase, we sought views through comment cards in each library.',
    'Within the co-production programme, carers were asked to fill in an online form.',
    'As part of our co-produced approach, we held a roadshow in five market towns.',
    'During co-production, families took part in a series of focus groups.',
    'As part of the co-design process, we carried out interviews with twenty patients.',
    'Through co-production, local people were asked to have their say on the draft.',
    'In our co-production work, patients gave feedback at an engagement event.',
    'Under the co-design programme, a consultation exercise ran for eight weeks.',
    'As part of co-designing the service, we held a feedback session for parents.',
    "We held a co-design session to gather residents' views on the park.",
    'Our co-production day gave families a chance to share their thoughts on the plan.',
    'A co-design café was held to listen to what older people had to say.',
    'We ran a co-production lab to collect feedback on the draft strategy.',
    "A co-production panel meeting was held to hear carers' opinions on the proposals.",
    'Two co-design workshops were run to gather views from young people.',
    'We organised a co-production event where tenants could give their feedback on the plans.',
    'The co-design day was an opportunity for parents to tell us what they thought.',
    'The group exists to co-produce our plans and collects views through a yearly questionnaire.',
    'The network aims to co-produce services with patients and gathers their views through a survey each spring.',
    'We co-designed the new service with parents. We asked them to complete a short survey.',
    'The strategy has been co-produced with residents. In the spring, over 900 people filled in our questionnaire.',
    'Patients told us what mattered through an online form. The resulting plan was co-produced with them.',
    'How we co-designed the plan\\n\\nWe sent a postcard survey to every household and held two drop-ins.',
    'The plan was co-created with residents through an online survey.',
    'The strategy was co-developed with carers, who gave their views at a listening event.',
    'The charter was co-authored with tenants through a series of comment cards.',
    'The service was designed with patients, who filled in an online questionnaire.',
    'The plan was developed alongside residents through a public consultation exercise.',
    'The priorities were shaped together with families through a survey.',
    'The offer was built with young people, who shared their views in a poll.',
    'Working with carers to design the service, we sent out a postcard survey.',
    'Our "co-produced" strategy was based on an online questionnaire.',
    'The strategy was "co-designed" with residents through a survey.',
    'The plan was co-produced following consultation with residents.',
    'The service was co-designed, responding to feedback from patients.',
    'The strategy was co-produced in response to feedback from carers.',
    'Following consultation with residents, the plan was co-produced.',
    "The co-design sprint was a chance to hear patients' comments on the ideas.",
    'Following a survey of 600 tenants, the new lettings policy was co-designed.',
    'Following feedback from patients at three drop-ins, the leaflet has been co-produced.',
    'As part of our co-production, we sought views from 300 carers.',
    'Throughout the co-design process, patients were asked what mattered to them.',
    'As part of the co-produced programme, families completed an online questionnaire.',
    'Within our co-designed approach, young people gave feedback through a poll.',
    'During the co-designed engagement phase, we held six listening events.',
    'In co-producing the strategy, we invited residents to have their say online.',
    'Through the co-design stage, over 400 people filled in comment cards.',
    'As part of co-production, a series of focus groups was held with carers.',
    'During our co-production work, residents were kept updated through a monthly newsletter.',
    'A co-production evening was held so that carers could share their experiences.',
    'We hosted co-design sessions for patients to give their views on the waiting room.',
    'The co-production café gave people a chance to tell us their ideas.',
    'Our co-design events invited residents to comment on the early designs.',
    'The co-production workshops allowed parents to have their say on the draft.',
    'Co-designing the new service\\n\\nWe asked 200 patients to complete a questionnaire about opening times.',
    'The plan was co-produced with local people:\\n\\n- an online survey\\n- two public drop-in sessions',
    'Our co-produced approach\\n\\nResidents told us their views through an online form and at three roadshows.',
    'The service has been co-created with patients, who answered a questionnaire on their experience.',
    'We co-developed the plan with residents by inviting comments on the draft.',
    'The new pathway was designed with carers through a feedback session.',
    'The charter was developed together with tenants through an online poll.',
    'We worked with parents to design the offer, gathering their views through a short survey.',
    'The plan has been shaped with residents through a series of drop-in sessions.',
]

MUST_NOT_FIRE = [
    'As part of our co-production work, parents held the budget and chose the provider.',
    'Under our co-production approach, carers wrote the specification with officers.',
    'Through co-production, residents voted on each priority.',
    'As part of the co-design work, the panel was co-chaired by a carer and a director.',
    'As part of our consultation, a questionnaire was sent to every tenant.',
    'A co-design workshop was held where parents drew up the service specification.',
    'At the co-production session, carers voted on which priorities to fund.',
    'The Co-production Café meets monthly in the town hall.',
    'The forum was set up to co-design services, and its members vote on every change and hold the budget.',
    'The forum will be set up to co-design services.',
    'We co-designed the new service with parents. Parents sat as equals on the panel and chose the provider.',
    'We co-designed the new service with parents. Co-design means sharing power as equals.',
    'The plan was co-created with residents, who sat as equals on the steering group.',
    'The strategy was co-developed by the council and the NHS trust.',
    'The service was designed with patients, who chose the provider and held the budget.',
    'Co-production is not a survey or a focus group; it means sharing power.',
    'Co-design means people who use services and staff working as equals.',
    'We will co-produce the strategy with residents.',
    'Too often a survey is called co-production when it is only consultation.',
    'The strategy was developed in partnership between the council and the NHS.',
    'The Co-production Team ran a survey of residents.',
    'The Co-design Programme sent a questionnaire to all staff.',
    'Residents held the budget and chose the provider, and the plan was co-produced.',
    'We consulted residents through an online survey.',
    'The co-design lab brought together carers and staff, who wrote the new specification together.',
    'In the co-production lab, parents and officers drafted the service specification as equals.',
    'Our co-design sprint produced three prototypes that young people then chose between.',
    "Following the consultation, the plan was co-produced with the residents' panel.",
    'Following the survey, a group of carers co-designed the new service.',
    'Following consultation with residents, the plan was co-produced by a panel of carers who held the budget.',
    'Following consultation with residents, the plan will be co-produced.',
    'As part of our co-designed programme, young people chose which projects to fund.',
    'Through the co-produced approach, carers and staff shared the decisions as equals.',
    'During the co-design process, the parent panel co-chaired every meeting.',
    'As part of the co-produced programme, we will run a survey each year.',
    'Under the co-designed model, residents have a vote on each priority.',
    'The co-production workshop agreed the final specification, which parents signed off.',
    'Our co-design sessions are where carers and staff decide together what to change.',
    'Co-production\\n\\nParents held the budget and chose the provider for the new service.',
    'What co-production means\\n\\nCo-production is not a survey; it means people share the decisions.',
    'The new pathway was designed with carers, who voted on each option and signed it off.',
    'The strategy was co-developed with partner agencies across the county.',
    'Our Co-design Team ran a survey of residents.',
    'As part of the co-produced programme, parents chose the provider.',
    'During the co-designed phase, residents drew up the plan themselves.',
    'Through the co-produced approach, staff now complete a quarterly survey.',
    'As part of the co-produced programme run by the parent forum, families completed an online questionnaire.',
    'In the co-designed programme, the council will ask residents for their views each year.',
    'As with any co-designed approach, feedback from residents matters.',
    'In a co-produced approach, people are asked what matters to them and then share the decisions.',
]


@pytest.mark.parametrize("text", MUST_FIRE)
def test_variant_of_a_named_shape_fires(text):
    assert fires(text), text


@pytest.mark.parametrize("text", MUST_NOT_FIRE)
def test_variant_of_a_negative_stays_quiet(text):
    assert not fires(text), text
