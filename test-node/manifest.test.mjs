// custom-elements.json as a user's tooling reads it: only the public API, typed events, and paths to files the
// package ships. Needs the built lib/ (npm test builds first).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const element = manifest.modules.flatMap((module) => module.declarations ?? []).find((declaration) => declaration.customElement);

describe('custom-elements.json', () => {
  it('names only files the package ships, and they exist after the build', () => {
    const paths = manifest.modules.flatMap((module) => [
      module.path,
      ...(module.exports ?? []).map((item) => item.declaration.module).filter(Boolean),
    ]);
    for (const path of paths) {
      assert.ok(pkg.files.some((folder) => path.startsWith(`${folder}/`)), `${path} is not in package.json "files"`);
      assert.ok(existsSync(path), `${path} does not exist`);
    }
  });

  it('lists as attributes only public properties, none of the private state', () => {
    const members = new Map(element.members.map((member) => [member.name, member]));
    for (const attribute of element.attributes) {
      const member = members.get(attribute.fieldName);
      assert.ok(member && member.privacy !== 'private', `attribute ${attribute.name} has no public property`);
    }
    assert.deepEqual(
      element.members.filter((member) => member.privacy && member.privacy !== 'public').map((member) => member.name),
      [],
    );
    for (const name of ['consented', 'extra', 'announcement']) {
      assert.ok(!element.attributes.some((attribute) => attribute.fieldName === name), `${name} listed as an attribute`);
    }
  });

  it('types every event with its class', () => {
    assert.deepEqual(
      element.events.map((event) => [event.name, event.type?.text]),
      [
        ['social-feed-load', 'SocialFeedLoadEvent'],
        ['social-feed-error', 'SocialFeedErrorEvent'],
      ],
    );
  });

  it('documents the public properties added for code: feed and strings, and theme="system"', () => {
    const names = element.members.map((member) => member.name);
    assert.ok(names.includes('feed') && names.includes('strings'));
    assert.match(element.members.find((member) => member.name === 'theme').type.text, /'system'/);
  });
});
