/**
 * A project's schedule (issue #12, recall): a start reported with its date is the project's history, but when
 * the same sentence goes on to a completion still to come ("… được khởi công từ tháng 3/2018 và sẽ hoàn thành
 * vào năm 2020"), the start is the first step of a schedule and the passage is kept. Sentences written for this file.
 */
import { describe, expect, it } from 'vitest';
import { extractBlocks } from '../helpers/extract';

const MEETING =
	'Bộ trưởng Bộ Giáo dục Việt Nam và Bộ trưởng Bộ Giáo dục và Thể thao Lào đã đến thăm công trường.';
const quotes = (sentence: string, published = '2019-05-10'): string[] =>
	extractBlocks('vi', [MEETING, sentence], published).commitments.map((c) => c.quote);

describe('a dated start followed by a completion to come', () => {
	it('keeps "được khởi công … và sẽ hoàn thành vào năm …"', () => {
		expect(
			quotes(
				'Trường Trung học Hữu nghị Việt - Lào tại tỉnh Attapeu được khởi công từ tháng 3/2018 và sẽ hoàn thành vào năm 2020.'
			)
		).toHaveLength(1);
		expect(
			quotes(
				'Nhà máy thủy điện Nậm Sum 3 do doanh nghiệp Việt Nam đầu tư đã được khởi công từ năm 2017 và sẽ hoàn thành vào năm 2021.'
			)
		).toHaveLength(1);
	});

	it('still drops a start whose completion year is already past', () => {
		expect(
			quotes(
				'Trường Tiểu học Hữu nghị tại tỉnh Sekong được khởi công từ tháng 3/2016 và sẽ hoàn thành vào năm 2017 theo kế hoạch ban đầu.'
			)
		).toEqual([]);
	});

	it('still drops a start and a completion both reported as done', () => {
		expect(
			quotes(
				'Trường Tiểu học Hữu nghị tại tỉnh Sekong được khởi công vào tháng 3/2016 và hoàn thành vào tháng 12/2017.'
			)
		).toEqual([]);
	});
});
