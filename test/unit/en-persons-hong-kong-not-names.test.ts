import { describe, expect, it } from 'vitest'
import { analyzer } from '../helpers.js'

/**
 * A surname as Hong Kong romanises it (data/en-romanised-surnames.txt) that opens a place's, a firm's or a body's name
 * is no person (data/en-romanised-not-names.tsv): Hong Kong districts, villages and islands (Tung Chung, Cheung Chau,
 * Lam Tsuen, Siu Sai Wan), firms and charities (Chow Tai Fook, Tung Wah), and words a body noun ends or follows (Tung Wah
 * Group of Hospitals). Reviewer's finding, round 26; sentences written by hand, truth by hand (README, Persons).
 * Controls: the names the rule was made for (Tam Kam Kau, Chan Yung, Yeung Kwok Keung) and a listed place's words with a
 * title in apposition after them (a person).
 */
const names = (t: string) => analyzer.analyze(t).persons.map((p) => p.name)

describe('Hong Kong places and firms are no persons', () => {
  it.each([
    ['The new station at Tung Chung opened last year.', 'Tung Chung'],
    ['Residents of Cheung Chau joined the festival.', 'Cheung Chau'],
    ['Villagers in Lam Tsuen met the officials.', 'Lam Tsuen'],
    ['Flats in Siu Sai Wan were sold.', 'Siu Sai Wan'],
    ['Chow Tai Fook opened a store in Beijing.', 'Chow Tai Fook'],
    ['Schools run by Tung Wah Group of Hospitals reopened.', 'Tung Wah Group'],
    ['Schools run by Tung Wah hospitals reopened.', 'Tung Wah'],
  ])('%s', (text, name) => expect(names(text)).not.toContain(name))
})

describe('control: Hong Kong names stay persons', () => {
  it.each([
    ['Tam Kam Kau arrived at Changsha on October 19 with the delegation.', 'Tam Kam Kau'],
    ['Besides meeting Chan Yung, Xia also met several Hong Kong members.', 'Chan Yung'],
    ['Yeung Kwok Keung, a member of the CPPCC National Committee, spoke.', 'Yeung Kwok Keung'],
    ['Lam Tei, a member of the CPPCC National Committee, spoke.', 'Lam Tei'],
  ])('%s', (text, name) => expect(names(text)).toContain(name))
})
