import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ProgressService } from '../../core/progress/progress.service';
import { AiHelperService } from './ai-helper.service';

describe('AiHelperService', () => {
  it('runs a template through generate-unified with the progress overlay on', () => {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    const ai = TestBed.inject(AiHelperService);
    const http = TestBed.inject(HttpTestingController);
    const progress = TestBed.inject(ProgressService);
    let answer = '';
    ai.run('images', 'enhance', 'a synth at night').subscribe((a) => (answer = a));
    expect(progress.busy()).toBe(true);
    const req = http.expectOne('/api/v1/ollama/chat/generate-unified');
    expect(req.request.body).toEqual({
      category: 'images',
      action: 'enhance',
      input_text: 'a synth at night',
    });
    req.flush({
      response: '  A glowing synthesizer  ',
      model: 'm',
      prompt_tokens: 1,
      completion_tokens: 2,
    });
    expect(answer).toBe('A glowing synthesizer');
    expect(progress.busy()).toBe(false);
    http.verify();
  });
});
